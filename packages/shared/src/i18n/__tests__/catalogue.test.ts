import { translate } from '../../errors';
import { bilingualCatalogue, say } from '..';

const catalogue = bilingualCatalogue({
  'campaign.members': {
    vi: 'Đã thêm {{count}} thành viên vào {{name}}',
    en: 'Added {{count}} members to {{name}}',
  },
  'plain.text': { vi: 'Xin chào', en: 'Hello' },
});

describe('the bilingual message catalogue (i18next)', () => {
  it('writes a text in either language with its parameters, count being a value like any other', () => {
    expect(say(catalogue, 'vi', 'campaign.members', { count: 3, name: 'Tết 2027' })).toBe(
      'Đã thêm 3 thành viên vào Tết 2027',
    );
    expect(say(catalogue, 'en', 'campaign.members', { count: 1, name: 'Tết <2027>' })).toBe(
      'Added 1 members to Tết <2027>',
    );
  });

  it('writes a missing parameter as nothing and gives an unknown key back as it is', () => {
    expect(say(catalogue, 'en', 'campaign.members', { name: 'X' })).toBe('Added  members to X');
    expect(say(catalogue, 'vi', 'no.such.key')).toBe('no.such.key');
    expect(say(catalogue, 'en', 'Mã số thuế: sai định dạng')).toBe('Mã số thuế: sai định dạng');
  });

  it('serves the API error messages, inline parameters and translated field labels included', () => {
    expect(translate('en', 'TOO_MANY_REQUESTS', { retryAfterSeconds: 30 })).toBe(
      'Too many attempts. Try again in 30 seconds.',
    );
    expect(translate('vi', 'v.tooLong|max=50')).toContain('50');
    expect(translate('en', 'no such message|max=5')).toBe('no such message|max=5');
  });
});
