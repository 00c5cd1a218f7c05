/** The sentence to show for a failed call: the problem's detail, else its title, else the error's message. */
export function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && 'problem' in e) {
    const problem = (e as { problem: { title: string; detail?: string | null } }).problem;
    return problem.detail ?? problem.title;
  }
  return e instanceof Error ? e.message : 'Something went wrong.';
}
