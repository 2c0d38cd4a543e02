import { serverFieldError, validatePrechat } from '../../src/prechat-validation';
import { stringsFor } from '../../src/strings';

const id = stringsFor('id');
const en = stringsFor('en');

it('requires a name and checks email and phone only when given', () => {
  expect(validatePrechat({ name: ' ', email: '', phone: '', topic: '' }, id)).toEqual({ name: 'Nama wajib diisi.' });
  expect(validatePrechat({ name: 'Budi', email: '', phone: '', topic: '' }, id)).toEqual({});
  expect(validatePrechat({ name: 'Budi', email: 'budi@contoh', phone: '12', topic: '' }, id)).toEqual({
    email: id.emailInvalid,
    phone: id.phoneInvalid,
  });
  expect(validatePrechat({ name: 'Budi', email: 'budi@contoh.id', phone: '+62 812-3456-7890', topic: '' }, id)).toEqual({});
  expect(validatePrechat({ name: 'x'.repeat(101), email: '', phone: '', topic: '' }, en)).toEqual({ name: en.nameTooLong });
});

it('requires one of the offered topics only when there are any', () => {
  const values = { name: 'Budi', email: '', phone: '', topic: '' };
  expect(validatePrechat(values, id)).toEqual({});
  expect(validatePrechat(values, id, [])).toEqual({});
  expect(validatePrechat(values, id, ['t-nib', 't-kbli'])).toEqual({ topic: 'Pilih topik pertanyaan Anda.' });
  expect(validatePrechat({ ...values, topic: 't-gone' }, en, ['t-nib'])).toEqual({ topic: en.topicRequired });
  expect(validatePrechat({ ...values, topic: 't-kbli' }, id, ['t-nib', 't-kbli'])).toEqual({});
});

it("maps the server's BAD_USER_INPUT onto the field it names", () => {
  expect(serverFieldError('email', 'Please enter a valid email address.', id, false)).toEqual({ email: id.emailInvalid });
  expect(serverFieldError('email', 'Please enter a valid email address.', en, true)).toEqual({
    email: 'Please enter a valid email address.',
  });
  expect(serverFieldError('text', 'x', id, false)).toBeNull();
  expect(serverFieldError(undefined, 'x', id, false)).toBeNull();
});
