import ts from 'typescript';

/** Attributes whose values are code, not text a person reads. */
const codeAttributes = new Set([
  'class',
  'className',
  'id',
  'key',
  'type',
  'href',
  'src',
  'rel',
  'target',
  'role',
  'name',
  'for',
  'htmlFor',
  'form',
  'method',
  'action',
  'accept',
  'autoComplete',
  'autocomplete',
  'inputMode',
  'inputmode',
  'enterKeyHint',
  'pattern',
  'lang',
  'dir',
  'path',
  'scope',
  'value',
  'defaultValue',
  'min',
  'max',
  'step',
  'width',
  'height',
  'viewBox',
  'd',
  'fill',
  'stroke',
  'preload',
  'crossOrigin',
  'download',
  'loading',
  'decoding',
  'spellcheck',
  'autoCapitalize',
  'capture',
  'kind',
  'srcLang',
  'headers',
  'datetime',
  'dateTime',
  'wrap',
  'variant',
  'status',
  'tone',
  'icon',
  'testId',
  'context',
  'field',
  'reader',
  'fields',
]);

function isCodeAttribute(name: string): boolean {
  return (
    codeAttributes.has(name) ||
    name.startsWith('data-') ||
    (name.startsWith('aria-') &&
      !['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription'].includes(name))
  );
}

/** A code in an expression ('daily-problem', 'TELEHEALTH', 'patient'), not a text. */
const code = /^(?:[a-z][a-z0-9-]*|[A-Z][A-Z0-9_]+)$/;

/** Names that are the same in every language. */
const names = new Set(['Motus']);

/** Words: at least two letters in a row (so "·", "—", "×", "/" and numbers are not text to translate). */
const words = /\p{L}{2,}/u;

function isComparison(kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    kind === ts.SyntaxKind.EqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsToken
  );
}

export interface Untranslated {
  line: number;
  text: string;
}

/**
 * The text in a TSX file that a person reads and that is not given through `t()`: JSX text, and
 * string literals in attributes other than code ones (class, id, href, aria-controls, ...).
 */
export function untranslatedText(fileName: string, source: string): Untranslated[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Untranslated[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  /** String and template literals with words in a JSX expression, outside calls (t() or code) and comparisons. */
  const inExpression = (node: ts.Node) => {
    if (ts.isCallExpression(node) || ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) return;
    if (ts.isJsxFragment(node) || ts.isElementAccessExpression(node)) return;
    if (ts.isBinaryExpression(node) && isComparison(node.operatorToken.kind)) return;
    if (ts.isStringLiteralLike(node) && words.test(node.text) && !code.test(node.text)) report(node, node.text);
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (words.test(parts)) report(node, node.getText(file));
    }
    ts.forEachChild(node, inExpression);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && words.test(node.text) && !names.has(node.text.trim())) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) inExpression(node.expression);
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(file);
      const value = node.initializer;
      if (!isCodeAttribute(name)) {
        if (ts.isStringLiteral(value) && words.test(value.text)) report(value, `${name}="${value.text}"`);
        if (ts.isJsxExpression(value) && value.expression) inExpression(value.expression);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
