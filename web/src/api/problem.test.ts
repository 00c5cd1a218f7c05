import { describe, expect, test } from 'vitest';
import { toProblem } from './problem.ts';

describe('toProblem', () => {
  test('readsTheStandardMembersOfAProblemBody', () => {
    const problem = toProblem(
      {
        type: 'https://motus.example/problems/not-found',
        title: 'Not Found',
        status: 404,
        detail: 'No patient 42',
        instance: '/api/v1/patients/42',
      },
      404,
    );
    expect(problem).toEqual({
      type: 'https://motus.example/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'No patient 42',
      instance: '/api/v1/patients/42',
      extensions: {},
    });
  });

  test('keepsExtensionMembersApart', () => {
    const violations = [{ field: 'painBefore', message: 'must be between 0 and 10' }];
    const problem = toProblem({ title: 'Bad Request', violations }, 400);
    expect(problem.extensions).toEqual({ violations });
  });

  test('theResponseStatusWinsOverTheBodyStatus', () => {
    expect(toProblem({ title: 'Oops', status: 200 }, 502).status).toBe(502);
  });

  test('aBodyThatIsNotAProblemStillGivesAUsableProblem', () => {
    for (const body of [undefined, null, 'Bad Gateway', [1, 2], { title: '' }]) {
      const problem = toProblem(body, 502, 'Bad Gateway');
      expect(problem).toMatchObject({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
      expect(problem.detail).toBeUndefined();
    }
  });

  test('withoutAStatusTextTheTitleNamesTheStatus', () => {
    expect(toProblem(undefined, 503).title).toBe('HTTP 503');
  });

  test('ignoresMembersOfTheWrongType', () => {
    const problem = toProblem({ type: 7, title: ['x'], detail: { a: 1 } }, 400, 'Bad Request');
    expect(problem.type).toBe('about:blank');
    expect(problem.title).toBe('Bad Request');
    expect(problem.detail).toBeUndefined();
  });
});
