import { changePasswordSchema, createUserSchema } from '../user';
import { loadPasswordEstimator, passwordProblem, passwordScore } from '../password-strength';

describe('before the estimator is loaded (a browser on the login page)', () => {
  it('checks length and blankness only, and gives no score', () => {
    expect(passwordScore('12345678')).toBeNull();
    expect(passwordProblem('12345678')).toBeNull();
    expect(passwordProblem('short')).toBe('v.passwordLength');
    expect(passwordProblem('\u200b'.repeat(8))).toBe('v.passwordBlank');
  });
});

describe('password strength', () => {
  beforeAll(() => loadPasswordEstimator());

  it.each([
    ['12345678', 'v.passwordWeak'],
    ['password', 'v.passwordWeak'],
    ['qwertyuiop', 'v.passwordWeak'],
    ['Password1!', 'v.passwordWeak'],
    ['iloveyou123', 'v.passwordWeak'],
    ['        ', 'v.passwordBlank'],
    ['\u200b'.repeat(8), 'v.passwordBlank'],
    ['\u200b\u200c\u200d\u2060\ufeff \u3164\t', 'v.passwordBlank'],
    ['short', 'v.passwordLength'],
    ['x'.repeat(129), 'v.passwordLength'],
  ])('refuses %j (%s)', (password, key) => {
    expect(passwordProblem(password)).toBe(key);
  });

  it('does not let invisible padding turn a weak password into a strong one', () => {
    expect(passwordProblem(`password${'\u200b'.repeat(12)}`)).toBe('v.passwordWeak');
  });

  it.each(['sen-demo-2026', 'Mật-khẩu-mới-2026', 'correct horse battery staple', 'Tr0ub4dor&3'])(
    'accepts %j',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
      expect(passwordScore(password)).toBeGreaterThanOrEqual(3);
    },
  );

  it('reports the problem on the field of every schema that takes a new password', () => {
    const user = createUserSchema.safeParse({
      email: 'a@b.vn',
      name: 'A',
      password: '12345678',
      role: 'STAFF',
    });
    expect(user.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['password', 'v.passwordWeak'],
    ]);
    const change = changePasswordSchema.safeParse({ currentPassword: 'x', newPassword: '        ' });
    expect(change.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['newPassword', 'v.passwordBlank'],
    ]);
  });
});
