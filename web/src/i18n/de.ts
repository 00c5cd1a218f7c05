import type { Catalog } from './catalog.ts';

/** German. The ids are the English texts (catalog.ts); the texts are ICU MessageFormat. German says "Sie". */
const de = {
  // The app shell
  'Skip to main content': 'Zum Hauptinhalt springen',
  'Loading…': 'Wird geladen …',
  'your account': 'Ihr Konto',
  'the exercise list': 'die Übungsliste',
  'Welcome to Motus': 'Willkommen bei Motus',
  'Motus helps you do your home exercises and stay in touch with your physical therapist.':
    'Motus hilft Ihnen, Ihre Übungen zu Hause zu machen und mit Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten in Kontakt zu bleiben.',
  'Please sign in to see your exercises.': 'Bitte melden Sie sich an, um Ihre Übungen zu sehen.',
  Language: 'Sprache',
  "Browser's language": 'Sprache des Browsers',
  'Your language choice could not be saved. Please try again.':
    'Ihre Sprachwahl konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
  'Checking if you are signed in…': 'Es wird geprüft, ob Sie angemeldet sind …',
  'Sign in': 'Anmelden',
  'Signed in as': 'Angemeldet als',
  'No Motus role yet': 'Noch keine Rolle in Motus',
  Patient: 'Patient/in',
  Therapist: 'Therapeut/in',
  Administrator: 'Administrator/in',
  // Failures, not found, sign-out
  'Try again': 'Erneut versuchen',
  'Page not found': 'Seite nicht gefunden',
  'There is nothing at this address.': 'Unter dieser Adresse gibt es nichts.',
  'Go to {place}': 'Zu {place}',
  'We could not load {what}: Motus is not answering. Check your internet connection and try again.':
    'Laden fehlgeschlagen ({what}): Motus antwortet nicht. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'You are signed out. Please sign in again.': 'Sie sind abgemeldet. Bitte melden Sie sich erneut an.',
  'You are not allowed to see {what}.': 'Sie dürfen dies nicht sehen: {what}.',
  'We could not load {what}: something went wrong on our side. Please try again in a moment.':
    'Laden fehlgeschlagen ({what}): Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.',
  'We could not load {what}. The server said: {said}': 'Laden fehlgeschlagen ({what}). Der Server meldete: {said}',
  'We could not load {what}. Please try again.': 'Laden fehlgeschlagen ({what}). Bitte versuchen Sie es erneut.',
  'Could not {action}: Motus is not answering. Check the connection and try again.':
    'Fehlgeschlagen ({action}): Motus antwortet nicht. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'Could not {action}: you are signed out. Please sign in again.':
    'Fehlgeschlagen ({action}): Sie sind abgemeldet. Bitte melden Sie sich erneut an.',
  'Could not {action}: something went wrong on our side. Please try again.':
    'Fehlgeschlagen ({action}): Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  'Could not {action}: {said}': 'Fehlgeschlagen ({action}): {said}',
  'Could not {action}. Please try again.': 'Fehlgeschlagen ({action}). Bitte versuchen Sie es erneut.',
  'Sign out': 'Abmelden',
  '{count, plural, one {1 entry has not reached Motus yet. Signing out deletes it from this device and it is not sent.} other {# entries have not reached Motus yet. Signing out deletes them from this device and they are not sent.}}':
    '{count, plural, one {1 Eintrag ist noch nicht bei Motus angekommen. Beim Abmelden wird er von diesem Gerät gelöscht und nicht gesendet.} other {# Einträge sind noch nicht bei Motus angekommen. Beim Abmelden werden sie von diesem Gerät gelöscht und nicht gesendet.}}',
  '{count, plural, one {Sign out and delete it} other {Sign out and delete them}}':
    '{count, plural, one {Abmelden und ihn löschen} other {Abmelden und sie löschen}}',
  'Stay signed in': 'Angemeldet bleiben',
  // The patient's screens
  Today: 'Heute',
  Progress: 'Fortschritt',
  Visits: 'Termine',
  Messages: 'Nachrichten',
  Settings: 'Einstellungen',
  'your record': 'Ihre Akte',
  'This browser does not let Motus keep your entries while offline (storage is blocked, for example in a private window). Please open Motus in a normal window.':
    'Dieser Browser lässt Motus Ihre Einträge nicht offline speichern (der Speicher ist gesperrt, zum Beispiel in einem privaten Fenster). Bitte öffnen Sie Motus in einem normalen Fenster.',
  'Your screens': 'Ihre Ansichten',
  'reminders and new messages': 'Erinnerungen und neue Nachrichten',
  'It is about two hours since your session.': 'Ihre Einheit ist etwa zwei Stunden her.',
  'Tell us how your pain is now': 'Sagen Sie uns, wie stark Ihre Schmerzen jetzt sind',
  // Today, sessions and check-ins
  'Save my session': 'Meine Einheit speichern',
  'Pain right after': 'Schmerz direkt danach',
  'Worst pain during the exercises': 'Stärkster Schmerz während der Übungen',
  'Pain before you started': 'Schmerz vor dem Beginn',
  "Save today's session": 'Die heutige Einheit speichern',
  'Save time zone': 'Zeitzone speichern',
  'Time zone (for example Europe/Berlin)': 'Zeitzone (zum Beispiel Europe/Berlin)',
  'Your time zone': 'Ihre Zeitzone',
  'Since your last check-in, have you had any of these? Tick each one you have had.':
    'Hatten Sie seit Ihrem letzten Eintrag etwas davon? Kreuzen Sie alles an, was Sie hatten.',
  'Your answers could not be sent to your therapist. Please act on this now all the same.':
    'Ihre Antworten konnten nicht an Ihre Therapeutin oder Ihren Therapeuten gesendet werden. Handeln Sie trotzdem jetzt.',
  'Motus cannot be reached right now. Your answers are saved on this phone and are sent to your therapist as soon as it can.':
    'Motus ist gerade nicht erreichbar. Ihre Antworten sind auf diesem Telefon gespeichert und werden gesendet, sobald es möglich ist.',
  Again: 'Noch einmal',
  Stop: 'Stopp',
  'Time left': 'Verbleibende Zeit',
  'Highest (beats a minute)': 'Höchster (Schläge pro Minute)',
  'Average (beats a minute)': 'Durchschnitt (Schläge pro Minute)',
  'Heart rate, if you measured it (optional)': 'Herzfrequenz, falls Sie sie gemessen haben (optional)',
  'Save my pain': 'Meinen Schmerz speichern',
  'Your pain right now, from 0 (none) to 10 (worst)':
    'Ihr Schmerz gerade jetzt, von 0 (keiner) bis 10 (am schlimmsten)',
  'How is your pain today?': 'Wie sind Ihre Schmerzen heute?',
  // Settings
  'Without it, Motus cannot hold video visits with you.':
    'Ohne sie kann Motus keine Videotermine mit Ihnen durchführen.',
  'Your consents could not be read just now (are you offline?). Please try again later.':
    'Ihre Einwilligungen konnten gerade nicht gelesen werden (sind Sie offline?). Bitte versuchen Sie es später erneut.',
  'Everything, as a FHIR file (JSON)': 'Alles, als FHIR-Datei (JSON)',
  'Your summary of care (PDF)': 'Ihre Behandlungszusammenfassung (PDF)',
  'Download what Motus holds about you, to keep or to bring to another clinic.':
    'Laden Sie herunter, was Motus über Sie speichert, zum Aufbewahren oder für eine andere Praxis.',
  'Your data': 'Ihre Daten',
  'How to reach you': 'Wie wir Sie erreichen',
  'Your consents': 'Ihre Einwilligungen',
  'Saved.': 'Gespeichert.',
  'Save reminders': 'Erinnerungen speichern',
  'Reminders and notices': 'Erinnerungen und Hinweise',
  Phone: 'Telefon',
  Email: 'E-Mail',
  'How your care team should reach you': 'Wie Ihr Behandlungsteam Sie erreichen soll',
  // Visits
  'What is the visit about? (your therapist reads it)':
    'Worum geht es bei dem Termin? (Ihre Therapeutin oder Ihr Therapeut liest es)',
  'Your therapist has not opened times for video visits yet. They book visits with you, or send them a message.':
    'Ihre Therapeutin oder Ihr Therapeut hat noch keine Zeiten für Videotermine freigegeben. Sie oder er bucht Termine mit Ihnen, oder schreiben Sie eine Nachricht.',
  'the free times': 'die freien Zeiten',
  'Loading free times…': 'Freie Zeiten werden geladen …',
  'Ask for a visit': 'Einen Termin anfragen',
  'Your therapist confirms the new time.': 'Ihre Therapeutin oder Ihr Therapeut bestätigt die neue Zeit.',
  'Ask for the new time': 'Die neue Zeit anfragen',
  'Why are you moving it? (your therapist reads it)':
    'Warum verschieben Sie ihn? (Ihre Therapeutin oder Ihr Therapeut liest es)',
  Back: 'Zurück',
  'this visit': 'diesen Termin',
  'Cancel the visit': 'Den Termin absagen',
  'Why are you cancelling? (your therapist reads it)':
    'Warum sagen Sie ab? (Ihre Therapeutin oder Ihr Therapeut liest es)',
  'Read the consent to telehealth again': 'Die Einwilligung zur Telemedizin erneut lesen',
  'You have not given your consent to telehealth, so you cannot join video visits. Your therapist will see you in person.':
    'Sie haben der Telemedizin nicht zugestimmt, daher können Sie nicht an Videoterminen teilnehmen. Ihre Therapeutin oder Ihr Therapeut sieht Sie persönlich.',
  'Add to my calendar': 'Zu meinem Kalender hinzufügen',
  'Join the video visit': 'Dem Videotermin beitreten',
  'No past visits yet.': 'Noch keine vergangenen Termine.',
  'Past visits': 'Vergangene Termine',
  'No video visits are booked. Ask for one below, or your therapist books one with you.':
    'Es sind keine Videotermine gebucht. Fragen Sie unten einen an, oder Ihre Therapeutin oder Ihr Therapeut bucht einen mit Ihnen.',
  'Coming up': 'Demnächst',
  'your visits': 'Ihre Termine',
  'Loading your visits…': 'Ihre Termine werden geladen …',
  // The routine
  Undo: 'Rückgängig',
  'I finished a set': 'Ich habe einen Satz geschafft',
  'Start the hold timer': 'Den Haltetimer starten',
  'Avoid:': 'Vermeiden:',
  'You wrote about something that can be a warning sign. Please answer these questions now, so we can tell you what to do. Your therapist may not read your message straight away.':
    'Sie haben etwas beschrieben, das ein Warnzeichen sein kann. Bitte beantworten Sie jetzt diese Fragen, damit wir Ihnen sagen können, was zu tun ist. Ihre Therapeutin oder Ihr Therapeut liest Ihre Nachricht vielleicht nicht sofort.',
  'Messages with your care team': 'Nachrichten mit Ihrem Behandlungsteam',
  'Anything else you want to tell your therapist? (optional)':
    'Möchten Sie Ihrer Therapeutin oder Ihrem Therapeuten noch etwas sagen? (optional)',
  // First sign-in and reminders
  'Not saved:': 'Nicht gespeichert:',
  until: 'bis',
  From: 'Von',
  'Quiet hours': 'Ruhezeiten',
  'the reminders and notices you chose to get as a notification on this device':
    'die Erinnerungen und Hinweise, die Sie als Benachrichtigung auf diesem Gerät gewählt haben',
  'At (your local time)': 'Um (Ihre Ortszeit)',
  'Choose how Motus may remind you. You can change this later in Settings.':
    'Wählen Sie, wie Motus Sie erinnern darf. Sie können das später in den Einstellungen ändern.',
  'your preferences': 'Ihre Einstellungen',
  'Use this time zone': 'Diese Zeitzone verwenden',
  'Motus counts your days and weeks in your own time zone. This is the one your device uses:':
    'Motus zählt Ihre Tage und Wochen in Ihrer eigenen Zeitzone. Diese verwendet Ihr Gerät:',
  'Save my answers and start': 'Meine Antworten speichern und beginnen',
  'The wording of a consent changed. Please read it and answer again.':
    'Der Wortlaut einer Einwilligung hat sich geändert. Bitte lesen Sie ihn und antworten Sie erneut.',
  'the consent texts': 'die Einwilligungstexte',
  Continue: 'Weiter',
  'Not watched around the clock: your therapist reads what you record during working hours.':
    'Nicht rund um die Uhr überwacht: Ihre Therapeutin oder Ihr Therapeut liest Ihre Einträge während der Arbeitszeit.',
  'Not a diagnosis, and not a replacement for seeing a doctor when something is wrong.':
    'Keine Diagnose und kein Ersatz für einen Arztbesuch, wenn etwas nicht stimmt.',
  'What Motus is not': 'Was Motus nicht ist',
  'Video visits with your therapist.': 'Videotermine mit Ihrer Therapeutin oder Ihrem Therapeuten.',
  'A place to record your pain and the sessions you do, so your therapist can follow how you are doing.':
    'Ein Ort, an dem Sie Ihre Schmerzen und Ihre Einheiten festhalten, damit Ihre Therapeutin oder Ihr Therapeut verfolgen kann, wie es Ihnen geht.',
  'Your home programme of exercise, stretching and rest, as your therapist prescribed it.':
    'Ihr Heimprogramm aus Übungen, Dehnen und Erholung, so wie Ihre Therapeutin oder Ihr Therapeut es verordnet hat.',
  'What Motus is': 'Was Motus ist',
  'Motus is where you and your physical therapist work on your pain between and during visits.':
    'In Motus arbeiten Sie und Ihre Physiotherapeutin oder Ihr Physiotherapeut zwischen und während der Termine an Ihren Schmerzen.',
  'Your progress': 'Ihr Fortschritt',
  // Waiting entries and follow-ups
  'Try to send now': 'Jetzt senden versuchen',
  'OK, remove it': 'OK, entfernen',
  'Saved on this phone. Nothing is lost: it is sent as soon as Motus can be reached.':
    'Auf diesem Telefon gespeichert. Nichts geht verloren: Es wird gesendet, sobald Motus erreichbar ist.',
  Save: 'Speichern',
  'Your pain now': 'Ihr Schmerz jetzt',
  'Your answer is saved on this phone and is sent as soon as Motus can be reached.':
    'Ihre Antwort ist auf diesem Telefon gespeichert und wird gesendet, sobald Motus erreichbar ist.',
  OK: 'OK',
  'Pain about two hours after your session': 'Schmerz etwa zwei Stunden nach Ihrer Einheit',
  // Notifications
  'Turn on': 'Einschalten',
  'Turn off on this device': 'Auf diesem Gerät ausschalten',
  'Notify me on this device': 'Auf diesem Gerät benachrichtigen',
  'Unread:': 'Ungelesen:',
  'Mark all read': 'Alle als gelesen markieren',
  Notifications: 'Benachrichtigungen',
  'No notifications.': 'Keine Benachrichtigungen.',
  'your notifications': 'Ihre Benachrichtigungen',
  'Loading your notifications…': 'Ihre Benachrichtigungen werden geladen …',
  'We could not load your notifications: Motus is not answering. Check your internet connection.':
    'Ihre Benachrichtigungen konnten nicht geladen werden: Motus antwortet nicht. Prüfen Sie Ihre Internetverbindung.',
  // Messages
  'the messages': 'die Nachrichten',
  'Loading the messages…': 'Die Nachrichten werden geladen …',
  Send: 'Senden',
  'Remove the photo': 'Das Foto entfernen',
  'The photo to send': 'Das zu sendende Foto',
  'Attach a photo (JPEG or PNG, up to 5 MB)': 'Ein Foto anhängen (JPEG oder PNG, bis 5 MB)',
  Message: 'Nachricht',
  'Messages, oldest first': 'Nachrichten, älteste zuerst',
  'No messages yet.': 'Noch keine Nachrichten.',
  // Progress and outcome measures
  'No outcome measures answered yet.': 'Noch keine Fragebögen beantwortet.',
  'the outcome measures': 'die Fragebögen',
  'Loading outcome measures…': 'Fragebögen werden geladen …',
  'the progress charts': 'die Fortschrittsdiagramme',
  'Loading progress…': 'Fortschritt wird geladen …',
  'Days with a check-in, last 30 days': 'Tage mit Eintrag, letzte 30 Tage',
  'Sessions per week': 'Einheiten pro Woche',
  'Pain over the weeks': 'Schmerz im Verlauf der Wochen',
  'Thank you: your answers are with your therapist.':
    'Danke: Ihre Antworten sind bei Ihrer Therapeutin oder Ihrem Therapeuten.',
  'Questions about how you are doing': 'Fragen dazu, wie es Ihnen geht',
  'Add another activity': 'Eine weitere Aktivität hinzufügen',
  Next: 'Weiter',
  'As well as before the problem': 'So gut wie vor dem Problem',
  'Unable to do it': 'Nicht möglich',
  'How well can you do it now?': 'Wie gut können Sie es jetzt?',
  Time: 'Uhrzeit',
  Day: 'Tag',
  'No free times in the next weeks. Please send your therapist a message.':
    'In den nächsten Wochen gibt es keine freien Zeiten. Bitte schreiben Sie Ihrer Therapeutin oder Ihrem Therapeuten eine Nachricht.',
  'Never mind': 'Doch nicht',
  // The call
  Show: 'Zeigen',
  'the exercises': 'die Übungen',
  'Loading exercises…': 'Übungen werden geladen …',
  'Show the patient an exercise': 'Der Patientin oder dem Patienten eine Übung zeigen',
  'Back to Motus': 'Zurück zu Motus',
  'Sign in again': 'Erneut anmelden',
  'Join again': 'Erneut beitreten',
  'Leave the waiting room': 'Den Warteraum verlassen',
  'Your therapist will admit you. Please keep this page open.':
    'Ihre Therapeutin oder Ihr Therapeut lässt Sie gleich herein. Bitte lassen Sie diese Seite geöffnet.',
  'Loading the visit…': 'Der Termin wird geladen …',
  'Keep the visit going': 'Den Termin fortsetzen',
  'End the visit for both': 'Den Termin für beide beenden',
  'End visit': 'Termin beenden',
  'Show an exercise': 'Eine Übung zeigen',
  'Call controls': 'Anrufsteuerung',
  'Close the exercise': 'Die Übung schließen',
  'Your own video': 'Ihr eigenes Video',
  'Default microphone': 'Standardmikrofon',
  'Default camera': 'Standardkamera',
  'Try camera and microphone again': 'Kamera und Mikrofon erneut versuchen',
  'Your camera preview': 'Vorschau Ihrer Kamera',
  'Not sent; try again.': 'Nicht gesendet; bitte erneut versuchen.',
  'The chat connects with the call.': 'Der Chat verbindet sich mit dem Anruf.',
  'Microphone level': 'Mikrofonpegel',
  'Check before joining': 'Vor dem Beitreten prüfen',
  // The exercise library
  'Made by': 'Erstellt von',
  'Body areas': 'Körperbereiche',
  Type: 'Art',
  'There are no exercises in the library yet.': 'In der Bibliothek gibt es noch keine Übungen.',
  'Add a clinic exercise': 'Eine Übung der Praxis hinzufügen',
  Exercises: 'Übungen',
  'Remove the demonstration': 'Die Vorführung entfernen',
  Upload: 'Hochladen',
  'Demonstration video or image (up to 30 MB)': 'Vorführvideo oder -bild (bis 30 MB)',
  "Loading today's exercises…": 'Die heutigen Übungen werden geladen …',
  "today's exercises": 'die heutigen Übungen',
  'Your therapist has not given you a programme yet. You can still tell us how your pain is each day.':
    'Ihre Therapeutin oder Ihr Therapeut hat Ihnen noch kein Programm gegeben. Sie können uns trotzdem jeden Tag sagen, wie es Ihren Schmerzen geht.',
  'Nothing is planned for today. Rest, or go for a gentle walk if you feel like it.':
    'Für heute ist nichts geplant. Ruhen Sie sich aus oder machen Sie einen ruhigen Spaziergang, wenn Ihnen danach ist.',
  'Short on time?': 'Wenig Zeit?',
  'A 2-minute session counts. Pick one exercise below and do it for two minutes.':
    'Auch eine 2-Minuten-Einheit zählt. Wählen Sie unten eine Übung und machen Sie sie zwei Minuten lang.',
  'Do a 2-minute session': 'Eine 2-Minuten-Einheit machen',
  'Do one exercise for two minutes, then tick it as done and save your session below.':
    'Machen Sie eine Übung zwei Minuten lang, haken Sie sie als erledigt ab und speichern Sie Ihre Einheit unten.',
  'Start 2 minutes': '2 Minuten starten',
  'Back to the full session': 'Zurück zur vollen Einheit',
  // Check-ins and sessions
  'Please answer the questions about warning signs: tick each one you have had, or "None of these".':
    'Bitte beantworten Sie die Fragen zu Warnzeichen: Kreuzen Sie alles an, was Sie hatten, oder „Nichts davon“.',
  'Pain today: {pain} out of 10, with warning signs': 'Schmerz heute: {pain} von 10, mit Warnzeichen',
  'Pain today: {pain} out of 10': 'Schmerz heute: {pain} von 10',
  'Thank you. Your pain today, {pain} out of 10, is saved.':
    'Danke. Ihr Schmerz heute, {pain} von 10, ist gespeichert.',
  'Your pain today, {pain} out of 10, is saved on this phone and is sent as soon as Motus can be reached.':
    'Ihr Schmerz heute, {pain} von 10, ist auf diesem Telefon gespeichert und wird gesendet, sobald Motus erreichbar ist.',
  'Motus is not for emergencies. In an emergency, call your local emergency number.':
    'Motus ist nicht für Notfälle gedacht. Rufen Sie im Notfall Ihre örtliche Notrufnummer an.',
  'Pain two hours after the session: {pain} out of 10': 'Schmerz zwei Stunden nach der Einheit: {pain} von 10',
  'Your session that ended at {time}: how is your pain now?':
    'Ihre Einheit, die um {time} endete: Wie sind Ihre Schmerzen jetzt?',
  'Due at': 'Fällig um',
  'Answer between {opens} and {closes}.': 'Antworten Sie zwischen {opens} und {closes}.',
  // The hold timer
  'other {side}': 'andere Seite ({side})',
  'first {side}': 'erste Seite ({side})',
  '{sets, plural, one {# hold} other {# holds}} of {seconds} seconds on each {side}':
    '{sets, plural, one {# Halten} other {# × Halten}} von {seconds} Sekunden pro {side}',
  '{sets, plural, one {# hold} other {# holds}} of {seconds} seconds':
    '{sets, plural, one {# Halten} other {# × Halten}} von {seconds} Sekunden',
  '{time} to go': 'Noch {time}',
  'Hold {index} of {sets}': 'Halten {index} von {sets}',
  Hold: 'Halten',
  'Rest before the next hold': 'Pause vor dem nächsten Halten',
  Done: 'Fertig',
  '{count} of {of}': '{count} von {of}',
  'Say it aloud': 'Laut ansagen',
  '{used} of {max} characters': '{used} von {max} Zeichen',
  '{left} characters left': 'Noch {left} Zeichen',
  '(optional)': '(optional)',
  ": your goals, your programme's changes, pain and function against where you started, and the sessions you did. Bring it to another clinician or keep it for yourself.":
    ': Ihre Ziele, die Änderungen Ihres Programms, Schmerz und Funktion im Vergleich zum Beginn und Ihre Einheiten. Bringen Sie sie zu einer anderen Fachperson mit oder behalten Sie sie für sich.',
  'Tick "I did this today" on at least one exercise.': 'Haken Sie bei mindestens einer Übung „Heute gemacht“ an.',
  'Choose your pain before the session.': 'Wählen Sie Ihren Schmerz vor der Einheit.',
  'A heart rate must be a whole number from {min} to {max} beats a minute.':
    'Die Herzfrequenz muss eine ganze Zahl von {min} bis {max} Schlägen pro Minute sein.',
  'This session is already saved.': 'Diese Einheit ist bereits gespeichert.',
  'Session: {exercises}': 'Einheit: {exercises}',
  'Your session is saved.': 'Ihre Einheit ist gespeichert.',
  'Your session is saved on this phone and is sent as soon as Motus can be reached.':
    'Ihre Einheit ist auf diesem Telefon gespeichert und wird gesendet, sobald Motus erreichbar ist.',
  'Tick the exercises you did, then tell us about your pain.':
    'Haken Sie die Übungen an, die Sie gemacht haben, und erzählen Sie uns dann von Ihren Schmerzen.',
  'You did: {exercises}.': 'Sie haben gemacht: {exercises}.',
  'Your limit while exercising is {ceiling} out of 10.': 'Ihre Grenze beim Üben liegt bei {ceiling} von 10.',
  'None of these': 'Nichts davon',
  // Asking for a visit
  'Choose a time and say what the visit is about.': 'Wählen Sie eine Zeit und sagen Sie, worum es bei dem Termin geht.',
  'Asked {therapist} for {time}. You will see here when they confirm it.':
    '{therapist} wurde für {time} angefragt. Hier sehen Sie, wenn der Termin bestätigt ist.',
  'ask for the visit': 'Termin anfragen',
  'Each visit lasts {minutes} minutes. Times are shown in your time zone.':
    'Jeder Termin dauert {minutes} Minuten. Die Zeiten sind in Ihrer Zeitzone angegeben.',
  'Asking…': 'Wird angefragt …',
  'Ask for this time': 'Diese Zeit anfragen',
  // The routine items
  'Aim for a heart rate of {low} to {high} beats a minute: you can talk, but not sing.':
    'Peilen Sie eine Herzfrequenz von {low} bis {high} Schlägen pro Minute an: Sie können sprechen, aber nicht singen.',
  'From your therapist: {notes}': 'Von Ihrer Therapeutin oder Ihrem Therapeuten: {notes}',
  'Start the {minutes}-minute timer': 'Den {minutes}-Minuten-Timer starten',
  'I did this today': 'Heute gemacht',
  'Sets done:': 'Geschaffte Sätze:',
  'of {sets} ({reps} repetitions each)': 'von {sets} (je {reps} Wiederholungen)',
  'of {sets}': 'von {sets}',
  'How to do {name}': 'So geht {name}',
  'Watch how to do {name}': 'Ansehen, wie {name} geht',
  'Watch how to do {name} (opens a new tab)': 'Ansehen, wie {name} geht (öffnet einen neuen Tab)',
  'Drawing: how to do {name}': 'Zeichnung: So geht {name}',
  // Time zone
  'Saved: your days are now counted in {zone}.': 'Gespeichert: Ihre Tage werden jetzt in {zone} gezählt.',
  'Not saved: {reason}': 'Nicht gespeichert: {reason}',
  'Motus does not know this time zone.': 'Motus kennt diese Zeitzone nicht.',
  'Not saved: Motus could not be reached. Please try again.':
    'Nicht gespeichert: Motus war nicht erreichbar. Bitte versuchen Sie es erneut.',
  'Your days and weeks are counted in': 'Ihre Tage und Wochen werden gezählt in',
  "Use this phone's time zone ({zone})": 'Die Zeitzone dieses Telefons verwenden ({zone})',
  // Visits
  'Move this visit': 'Diesen Termin verschieben',
  Move: 'Verschieben',
  'Cancel this visit': 'Diesen Termin absagen',
  Cancel: 'Absagen',
  '{therapist} has no free times open; send them a message to find another time.':
    '{therapist} hat keine freien Zeiten; schreiben Sie eine Nachricht, um eine andere Zeit zu finden.',
  'Asked for: waiting for your therapist to confirm':
    'Angefragt: wartet auf die Bestätigung Ihrer Therapeutin oder Ihres Therapeuten',
  Booked: 'Gebucht',
  'Waiting room open': 'Warteraum offen',
  'In progress': 'Läuft',
  'Took place': 'Fand statt',
  Cancelled: 'Abgesagt',
  'With {therapist}, {minutes} minutes.': 'Mit {therapist}, {minutes} Minuten.',
  'About: {reason}': 'Anlass: {reason}',
  'You cancelled it: {reason}': 'Sie haben abgesagt: {reason}',
  '{therapist} cancelled it: {reason}': '{therapist} hat abgesagt: {reason}',
  'You moved it: {reason}': 'Sie haben ihn verschoben: {reason}',
  '{therapist} moved it: {reason}': '{therapist} hat ihn verschoben: {reason}',
  'You can join from {time}, ten minutes before the start.': 'Sie können ab {time} beitreten, zehn Minuten vor Beginn.',
  // Waiting entries
  'Waiting to be sent ({count})': 'Wartet auf das Senden ({count})',
  'Could not be sent': 'Konnte nicht gesendet werden',
  '(saved at {time})': '(gespeichert um {time})',
  // Dosage
  '{side, select, leg {leg} arm {arm} foot {foot} hand {hand} knee {knee} hip {hip} shoulder {shoulder} other {side}}':
    '{side, select, leg {Bein} arm {Arm} foot {Fuß} hand {Hand} knee {Knie} hip {Hüfte} shoulder {Schulter} other {Seite}}',
  'on each {side}': 'pro {side}',
  'Hold {seconds, plural, one {# second} other {# seconds}}':
    '{seconds, plural, one {# Sekunde} other {# Sekunden}} halten',
  '{sets} times': '{sets}-mal',
  '{sets, plural, one {# set} other {# sets}} of {reps, plural, one {# repetition} other {# repetitions}}':
    '{sets, plural, one {# Satz} other {# Sätze}} mit {reps, plural, one {# Wiederholung} other {# Wiederholungen}}',
  '{sets, plural, one {# set} other {# sets}}': '{sets, plural, one {# Satz} other {# Sätze}}',
  '{reps, plural, one {# repetition} other {# repetitions}}':
    '{reps, plural, one {# Wiederholung} other {# Wiederholungen}}',
  'with {kg} kg': 'mit {kg} kg',
  '{minutes, plural, one {# minute} other {# minutes}}': '{minutes, plural, one {# Minute} other {# Minuten}}',
  'rest {seconds} seconds between': '{seconds} Sekunden Pause dazwischen',
  '{count} times today': 'heute {count}-mal',
  // Spoken by the hold timer
  'Done. Well done.': 'Fertig. Gut gemacht.',
  'Now the other {side}.': 'Jetzt die andere Seite ({side}).',
  'Hold {index} of {sets}: {seconds} seconds.': 'Halten {index} von {sets}: {seconds} Sekunden.',
  'Hold for {seconds} seconds.': '{seconds} Sekunden halten.',
  'Rest for {seconds} seconds, then change to the other {side}.':
    '{seconds} Sekunden Pause, dann zur anderen Seite wechseln ({side}).',
  'Rest for {seconds} seconds.': '{seconds} Sekunden Pause.',
  'Breathe in': 'Einatmen',
  'Breathe out': 'Ausatmen',
  'Hold your breath': 'Luft anhalten',
  Pause: 'Pause',
  // Sending what waits on the phone
  'The server already has a different entry with this key: {said}':
    'Der Server hat bereits einen anderen Eintrag mit diesem Schlüssel: {said}',
  'The server did not accept it: {said}': 'Der Server hat ihn nicht angenommen: {said}',
  'It could not be sent.': 'Er konnte nicht gesendet werden.',
  'You are signed out: sign in again and it will be sent.':
    'Sie sind abgemeldet: Melden Sie sich erneut an, dann wird er gesendet.',
  'Motus is busy or had a problem: we will try again soon.':
    'Motus ist ausgelastet oder hatte ein Problem: Wir versuchen es bald erneut.',
  'No connection: it will be sent when you are back online.':
    'Keine Verbindung: Er wird gesendet, sobald Sie wieder online sind.',
  // The pain scale
  'No pain': 'Kein Schmerz',
  Mild: 'Leicht',
  Moderate: 'Mäßig',
  Severe: 'Stark',
  'Worst imaginable': 'Schlimmster vorstellbarer',
  // Red flags (clinical-rules.md §16)
  'Chest pain, unusual breathlessness, fainting or a racing heart while exercising':
    'Brustschmerzen, ungewöhnliche Atemnot, Ohnmacht oder Herzrasen beim Üben',
  'Numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel':
    'Taubheit zwischen den Beinen oder am Gesäß, oder neue Probleme, Blase oder Darm zu kontrollieren',
  'New or worse weakness or numbness in a leg': 'Neue oder stärkere Schwäche oder Taubheit in einem Bein',
  'Fever or feeling unwell, together with back pain': 'Fieber oder Unwohlsein, zusammen mit Rückenschmerzen',
  'Losing weight without trying': 'Gewichtsverlust ohne Absicht',
  'Pain at night that does not ease when you rest or change position':
    'Schmerzen in der Nacht, die in Ruhe oder bei Lagewechsel nicht nachlassen',
  'A fall or an injury since your last session': 'Ein Sturz oder eine Verletzung seit Ihrer letzten Einheit',
  'Stop your exercise programme now and call your local emergency number.':
    'Beenden Sie Ihr Übungsprogramm sofort und rufen Sie Ihre örtliche Notrufnummer an.',
  'Stop your exercise programme and get urgent medical care today (your GP or an urgent care centre). Also tell your therapist.':
    'Beenden Sie Ihr Übungsprogramm und holen Sie sich heute dringend ärztliche Hilfe (Hausarztpraxis oder Notfallpraxis). Sagen Sie es auch Ihrer Therapeutin oder Ihrem Therapeuten.',
  // Consents and contact
  'Telehealth: care by video': 'Telemedizin: Behandlung per Video',
  'Remote monitoring between visits': 'Fernbetreuung zwischen den Terminen',
  'on {date}': 'am {date}',
  '(text version {version})': '(Textversion {version})',
  'The text changed since you answered{detail}: please read it and answer again.':
    'Der Text hat sich geändert, seit Sie geantwortet haben{detail}: Bitte lesen Sie ihn und antworten Sie erneut.',
  'You accepted{detail}.': 'Sie haben zugestimmt{detail}.',
  'You declined{detail}.': 'Sie haben abgelehnt{detail}.',
  'You withdrew your consent{detail}.': 'Sie haben Ihre Einwilligung widerrufen{detail}.',
  'You have not answered yet.': 'Sie haben noch nicht geantwortet.',
  'Read again or withdraw': 'Erneut lesen oder widerrufen',
  'Read and answer': 'Lesen und antworten',
  'In the Motus app': 'In der Motus-App',
  'By email': 'Per E-Mail',
  'By text message': 'Per SMS',
  'By phone call': 'Per Anruf',
  'Motus could not be reached. Please try again.': 'Motus war nicht erreichbar. Bitte versuchen Sie es erneut.',
  'Saving…': 'Wird gespeichert …',
  'Save contact details': 'Kontaktdaten speichern',
  ': goals, programme changes, pain and function against where you started, sessions and flags.':
    ': Ziele, Programmänderungen, Schmerz und Funktion im Vergleich zum Beginn, Einheiten und Warnhinweise.',
  ': your record, readings, answers, consents and care team, in the standard format other health systems read.':
    ': Ihre Akte, Messwerte, Antworten, Einwilligungen und Ihr Behandlungsteam, im Standardformat, das andere Gesundheitssysteme lesen.',
  'Please answer each consent: accept or decline.': 'Bitte beantworten Sie jede Einwilligung: zustimmen oder ablehnen.',
  'A consent text changed while you were reading. Please read it again below.':
    'Ein Einwilligungstext hat sich geändert, während Sie gelesen haben. Bitte lesen Sie ihn unten erneut.',
  '{name}, version {version}': '{name}, Version {version}',
  'Version {version}': 'Version {version}',
  'I accept': 'Ich stimme zu',
  'I decline': 'Ich lehne ab',
  'How Motus reminds you': 'Wie Motus Sie erinnert',
  'Your consent': 'Ihre Einwilligung',
  'Step {position} of {count}': 'Schritt {position} von {count}',
  'Reminders to tell us your pain two hours after a session':
    'Erinnerungen, uns zwei Stunden nach einer Einheit Ihren Schmerz mitzuteilen',
  'A reminder on programme days': 'Eine Erinnerung an Programmtagen',
  'Reminders before a video visit': 'Erinnerungen vor einem Videotermin',
  'A notice when your care team sends you a message':
    'Ein Hinweis, wenn Ihr Behandlungsteam Ihnen eine Nachricht schickt',
  'In Motus': 'In Motus',
  'Notification on this device': 'Benachrichtigung auf diesem Gerät',
  'Save and continue': 'Speichern und weiter',
  'No reminders at night (they wait until the end)': 'Keine Erinnerungen in der Nacht (sie warten bis zum Ende)',
  'If you decline, you can still follow your home programme and record your pain in Motus, but you cannot join video visits: your therapist will see you in person.':
    'Wenn Sie ablehnen, können Sie Ihr Heimprogramm weiter machen und Ihre Schmerzen in Motus festhalten, aber nicht an Videoterminen teilnehmen: Ihre Therapeutin oder Ihr Therapeut sieht Sie persönlich.',
  'If you decline, what you record still reaches your therapist for your safety, but it is not counted as remote monitoring and your clinic does not bill for it.':
    'Wenn Sie ablehnen, erreicht Ihre Eingabe Ihre Therapeutin oder Ihren Therapeuten zu Ihrer Sicherheit trotzdem, sie gilt aber nicht als Fernbetreuung und Ihre Praxis rechnet sie nicht ab.',
  // The video call
  'Video visit with {name}': 'Videotermin mit {name}',
  '{name} is in the waiting room.': '{name} ist im Warteraum.',
  '{name} has not joined yet.': '{name} ist noch nicht da.',
  'Admit {name}': '{name} hereinlassen',
  '{name} is here.': '{name} ist da.',
  'Cannot reach Motus. Trying again…': 'Motus ist nicht erreichbar. Neuer Versuch …',
  'Connecting to Motus…': 'Verbindung mit Motus wird hergestellt …',
  'Connection to Motus lost. Reconnecting…': 'Verbindung zu Motus verloren. Neu verbinden …',
  'You are in the visit room.': 'Sie sind im Terminraum.',
  'You are in the waiting room.': 'Sie sind im Warteraum.',
  '{name} lost their connection. Waiting for them to come back…':
    '{name} hat die Verbindung verloren. Warten auf die Rückkehr …',
  'Waiting for {name}…': 'Warten auf {name} …',
  'The visit has ended. Thank you.': 'Der Termin ist beendet. Danke.',
  'This visit is open in another tab or device. You can close this one.':
    'Dieser Termin ist in einem anderen Tab oder Gerät geöffnet. Sie können diesen schließen.',
  'This visit cannot be joined now.': 'Diesem Termin kann jetzt nicht beigetreten werden.',
  'You left the call.': 'Sie haben den Anruf verlassen.',
  'You were signed out, so the call stopped. Sign in again to rejoin the visit.':
    'Sie wurden abgemeldet, daher wurde der Anruf beendet. Melden Sie sich erneut an, um wieder beizutreten.',
  'Chat with {name}': 'Chat mit {name}',
  'Messages go straight to {name} and are not kept after the call.':
    'Nachrichten gehen direkt an {name} und werden nach dem Anruf nicht aufbewahrt.',
  You: 'Sie',
  'Message to {name}': 'Nachricht an {name}',
  'The exercise could not be sent: the call is not connected.':
    'Die Übung konnte nicht gesendet werden: Der Anruf ist nicht verbunden.',
  'Showing “{name}” to the patient.': '„{name}“ wird der Patientin oder dem Patienten gezeigt.',
  'From the patient’s current plan:': 'Aus dem aktuellen Plan der Patientin oder des Patienten:',
  'The patient has no published plan. From the library:': 'Es gibt keinen veröffentlichten Plan. Aus der Bibliothek:',
  'Show {name}': '{name} zeigen',
  'Video of {name}': 'Video von {name}',
  'Exercise: {name}': 'Übung: {name}',
  'Note from your therapist: {notes}': 'Hinweis Ihrer Therapeutin oder Ihres Therapeuten: {notes}',
  Mute: 'Stummschalten',
  Unmute: 'Ton an',
  'Turn camera off': 'Kamera aus',
  'Turn camera on': 'Kamera an',
  'Stop sharing screen': 'Bildschirmfreigabe beenden',
  'Share screen': 'Bildschirm teilen',
  'Chat ({count} new)': 'Chat ({count} neu)',
  Chat: 'Chat',
  Leave: 'Verlassen',
  'Hang up': 'Auflegen',
  '{count, plural, one {# new chat message} other {# new chat messages}} from {name}':
    '{count, plural, one {# neue Chatnachricht} other {# neue Chatnachrichten}} von {name}',
  '{name} has muted and turned the camera off': '{name} hat das Mikrofon stummgeschaltet und die Kamera ausgeschaltet',
  '{name} turned the camera off': '{name} hat die Kamera ausgeschaltet',
  '{name} has muted': '{name} hat das Mikrofon stummgeschaltet',
  '{minutes} minutes': '{minutes} Minuten',
  'This visit is over.': 'Dieser Termin ist vorbei.',
  'The waiting room opens 10 minutes before the start.': 'Der Warteraum öffnet 10 Minuten vor Beginn.',
  'No camera picture': 'Kein Kamerabild',
  'Starting your camera…': 'Ihre Kamera wird gestartet …',
  Camera: 'Kamera',
  Microphone: 'Mikrofon',
  'Join the visit': 'Dem Termin beitreten',
  'Getting ready…': 'Wird vorbereitet …',
  'Your camera works: you see its picture.': 'Ihre Kamera funktioniert: Sie sehen ihr Bild.',
  'No camera picture.': 'Kein Kamerabild.',
  'Nobody is waiting to be admitted right now.': 'Gerade wartet niemand auf Einlass.',
  'The visit could not be ended right now. Please try again.':
    'Der Termin konnte gerade nicht beendet werden. Bitte versuchen Sie es erneut.',
  'Motus may not use your camera and microphone. Allow them in your browser settings (the camera icon in the address bar) and try again. You can still join to see and hear your therapist, but they will not see or hear you.':
    'Motus darf Ihre Kamera und Ihr Mikrofon nicht verwenden. Erlauben Sie sie in den Browsereinstellungen (das Kamerasymbol in der Adressleiste) und versuchen Sie es erneut. Sie können trotzdem beitreten und Ihre Therapeutin oder Ihren Therapeuten sehen und hören, aber man sieht und hört Sie nicht.',
  'No camera or microphone was found. You can still join to see and hear the other person, but they will not see or hear you.':
    'Es wurde keine Kamera und kein Mikrofon gefunden. Sie können trotzdem beitreten und die andere Person sehen und hören, aber sie sieht und hört Sie nicht.',
  'No camera was found: you will join with sound only.': 'Es wurde keine Kamera gefunden: Sie treten nur mit Ton bei.',
  'No microphone was found: the other person will see you but not hear you.':
    'Es wurde kein Mikrofon gefunden: Die andere Person sieht Sie, hört Sie aber nicht.',
  'Your camera or microphone is busy in another program. Close it and try again.':
    'Ihre Kamera oder Ihr Mikrofon wird von einem anderen Programm verwendet. Schließen Sie es und versuchen Sie es erneut.',
  'This browser cannot make video calls. Please use a recent Chrome, Firefox, Safari or Edge.':
    'Dieser Browser kann keine Videoanrufe führen. Bitte verwenden Sie ein aktuelles Chrome, Firefox, Safari oder Edge.',
  'No microphone: the other person will not hear you. You can still use the chat.':
    'Kein Mikrofon: Die andere Person hört Sie nicht. Sie können trotzdem den Chat nutzen.',
  'Your microphone works.': 'Ihr Mikrofon funktioniert.',
  'Say something: the bar should move when you speak.':
    'Sagen Sie etwas: Der Balken sollte sich bewegen, wenn Sie sprechen.',
  'Checking the connection…': 'Verbindung wird geprüft …',
  'Motus is not answering: check your internet connection before joining.':
    'Motus antwortet nicht: Prüfen Sie Ihre Internetverbindung, bevor Sie beitreten.',
  'Connection to Motus: good': 'Verbindung zu Motus: gut',
  'Connection to Motus: slow': 'Verbindung zu Motus: langsam',
  'a relay is ready if your network blocks direct calls.':
    'ein Relay steht bereit, falls Ihr Netzwerk direkte Anrufe blockiert.',
  'no relay server is set up, so a strict company or hospital network may block the call.':
    'es ist kein Relay eingerichtet, daher kann ein strenges Firmen- oder Kliniknetz den Anruf blockieren.',
  '{speed} ({ms} ms); {relay}': '{speed} ({ms} ms); {relay}',
  'delay {ms} ms': 'Verzögerung {ms} ms',
  '{percent}% lost': '{percent} % verloren',
  'Poor connection: sound and picture may break up ({details})':
    'Schlechte Verbindung: Ton und Bild können aussetzen ({details})',
  'Fair connection: small delays possible ({details})': 'Mittlere Verbindung: kleine Verzögerungen möglich ({details})',
  'Good connection ({details})': 'Gute Verbindung ({details})',
  'Connection lost. Reconnecting…': 'Verbindung verloren. Neu verbinden …',
  'Starting the call…': 'Anruf wird gestartet …',
  'Connecting…': 'Verbinden …',
  'Connected. Restoring the link to Motus…': 'Verbunden. Die Verbindung zu Motus wird wiederhergestellt …',
  Connected: 'Verbunden',
  'Connection interrupted. Trying to restore it…': 'Verbindung unterbrochen. Sie wird wiederhergestellt …',
  'The connection failed. Trying again…': 'Die Verbindung ist fehlgeschlagen. Neuer Versuch …',
  'The call has ended': 'Der Anruf ist beendet',
  // Messages and notifications
  'No answer from the server: try again.': 'Keine Antwort vom Server: Bitte erneut versuchen.',
  'This photo is over 5 MB: choose a smaller one.': 'Dieses Foto ist größer als 5 MB: Wählen Sie ein kleineres.',
  'Photo from you': 'Foto von Ihnen',
  'Photo from {name}': 'Foto von {name}',
  'Not read yet': 'Noch nicht gelesen',
  'Read by {name} at {time}': 'Gelesen von {name} am {time}',
  '({count} unread)': '({count} ungelesen)',
  '{count, plural, one {# unread notification} other {# unread notifications}}':
    '{count, plural, one {# ungelesene Benachrichtigung} other {# ungelesene Benachrichtigungen}}',
  'You have a new urgent alert in Motus': 'Sie haben eine neue dringende Warnung in Motus',
  '{count, plural, one {You have 1 new alert in Motus} other {You have # new alerts in Motus}}':
    '{count, plural, one {Sie haben 1 neue Warnung in Motus} other {Sie haben # neue Warnungen in Motus}}',
  'You have a new message in Motus': 'Sie haben eine neue Nachricht in Motus',
  'You have a reminder in Motus': 'Sie haben eine Erinnerung in Motus',
  'On: this device shows a notification when Motus has something for you.':
    'An: Dieses Gerät zeigt eine Benachrichtigung, wenn Motus etwas für Sie hat.',
  'Off on this device.': 'Auf diesem Gerät aus.',
  'Blocked by the browser. Allow notifications for this site in its settings, then turn this on.':
    'Vom Browser blockiert. Erlauben Sie Benachrichtigungen für diese Seite in den Einstellungen und schalten Sie dies dann ein.',
  'This browser cannot show notifications from Motus.':
    'Dieser Browser kann keine Benachrichtigungen von Motus anzeigen.',
  'Notifications on devices are not available on this Motus server.':
    'Benachrichtigungen auf Geräten sind auf diesem Motus-Server nicht verfügbar.',
  'Could not reach the push service. Check the connection and try again.':
    'Der Push-Dienst war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'For {purpose}, even when Motus is closed.': 'Für {purpose}, auch wenn Motus geschlossen ist.',
  'Checking this device…': 'Dieses Gerät wird geprüft …',
  'Turning on…': 'Wird eingeschaltet …',
  'Turning off…': 'Wird ausgeschaltet …',
  // Progress
  'Your average pain at rest': 'Ihr durchschnittlicher Ruheschmerz',
  'Before the programme': 'Vor dem Programm',
  'Expected by weeks 6-8 (upper)': 'Erwartet bis Woche 6-8 (oben)',
  'Expected by weeks 6-8 (lower)': 'Erwartet bis Woche 6-8 (unten)',
  'Pain (0-10)': 'Schmerz (0-10)',
  'Sessions done': 'Gemachte Einheiten',
  'Sessions planned': 'Geplante Einheiten',
  'Function (PSFS)': 'Funktion (PSFS)',
  'Pain and interference (PEG-3)': 'Schmerz und Beeinträchtigung (PEG-3)',
  'Baseline + MCID': 'Ausgangswert + MCID',
  'Baseline - MCID': 'Ausgangswert - MCID',
  'Week {week}': 'Woche {week}',
  'Usually pain starts to ease in weeks {from} to {by}, and is {low} to {high} % lower by weeks {targetFrom} to {targetBy}.':
    'Meist lassen die Schmerzen in Woche {from} bis {by} nach und sind bis Woche {targetFrom} bis {targetBy} um {low} bis {high} % geringer.',
  'No pain readings yet.': 'Noch keine Schmerzwerte.',
  'Week {week}: your average pain at rest was {pain} out of 10.':
    'Woche {week}: Ihr durchschnittlicher Ruheschmerz lag bei {pain} von 10.',
  'Week {week}: the average pain at rest was {pain} out of 10.':
    'Woche {week}: Der durchschnittliche Ruheschmerz lag bei {pain} von 10.',
  'Before the programme it was {pain} out of 10.': 'Vor dem Programm lag er bei {pain} von 10.',
  'That is {percent} % less.': 'Das sind {percent} % weniger.',
  'That is {percent} % more.': 'Das sind {percent} % mehr.',
  'That is the same.': 'Das ist gleich.',
  'This is on track with the expected course.': 'Das entspricht dem erwarteten Verlauf.',
  'This is slower than expected: your therapist will look at it with you.':
    'Das geht langsamer als erwartet: Ihre Therapeutin oder Ihr Therapeut schaut es sich mit Ihnen an.',
  'This is slower than expected: review the programme with the patient.':
    'Das geht langsamer als erwartet: Besprechen Sie das Programm mit der Patientin oder dem Patienten.',
  'It is too early to expect a change.': 'Für eine Veränderung ist es noch zu früh.',
  'Week of {date}': 'Woche vom {date}',
  'No weeks to show yet.': 'Noch keine Wochen anzuzeigen.',
  'This week: {count, plural, one {# session} other {# sessions}}.':
    'Diese Woche: {count, plural, one {# Einheit} other {# Einheiten}}.',
  'This week: {count} of {target, plural, one {# session} other {# sessions}}.':
    'Diese Woche: {count} von {target, plural, one {# Einheit} other {# Einheiten}}.',
  'You reached your target in {met} of the last {weeks} weeks.':
    'Sie haben Ihr Ziel in {met} der letzten {weeks} Wochen erreicht.',
  'The target was reached in {met} of the last {weeks} weeks.':
    'Das Ziel wurde in {met} der letzten {weeks} Wochen erreicht.',
  'Earlier weeks: {weeks}.': 'Frühere Wochen: {weeks}.',
  'Every session counts, even a 2-minute one.': 'Jede Einheit zählt, auch eine von 2 Minuten.',
  '{days} of the last 30 days have a check-in or a session.':
    '{days} der letzten 30 Tage haben einen Eintrag oder eine Einheit.',
  'Enough for remote monitoring ({needed} are needed).': 'Genug für die Fernbetreuung ({needed} sind nötig).',
  '{missing, plural, one {# more day} other {# more days}} with data are needed for remote monitoring ({needed}).':
    'Für die Fernbetreuung {missing, plural, one {fehlt noch # Tag} other {fehlen noch # Tage}} mit Daten ({needed}).',
  'That is enough for your therapist to follow you remotely ({needed} are needed).':
    'Das reicht, damit Ihre Therapeutin oder Ihr Therapeut Sie aus der Ferne begleiten kann ({needed} sind nötig).',
  '{missing, plural, one {# more day} other {# more days}} with a check-in would let your therapist follow you remotely ({needed} are needed).':
    'Mit {missing, plural, one {# weiteren Tag} other {# weiteren Tagen}} mit Eintrag könnte Ihre Therapeutin oder Ihr Therapeut Sie aus der Ferne begleiten ({needed} sind nötig).',
  // Questionnaires and scheduling
  'A few questions to start with': 'Ein paar Fragen zum Anfang',
  'Two weeks on: the same questions again': 'Zwei Wochen später: noch einmal dieselben Fragen',
  'Could not send it: try again when you are online.':
    'Konnte nicht gesendet werden: Versuchen Sie es erneut, wenn Sie online sind.',
  'Question {number} of {count}': 'Frage {number} von {count}',
  'An activity you find hard because of your problem': 'Eine Tätigkeit, die Ihnen wegen Ihres Problems schwerfällt',
  'Please say why; the other person reads it.': 'Bitte sagen Sie, warum; die andere Person liest es.',
  'Please choose a new time and say why.': 'Bitte wählen Sie eine neue Zeit und sagen Sie, warum.',
  '{day} ({count} free)': '{day} ({count} frei)',
} satisfies Catalog;

export default de;
