-- The protocols' evidence cited a briefing file a clone of Motus does not have; it now cites the
-- project's own docs/clinical-rules.md (§25 condition protocols, §N for the rule numbers).
update protocol
   set evidence = replace(replace(evidence, 'DOMAIN.md "Condition protocols"', 'clinical-rules.md §25'),
                          'rule 7', '§7')
 where evidence like '%DOMAIN.md%';
