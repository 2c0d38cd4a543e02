import { roundWait, stringsFor } from '../../src/strings';

const id = stringsFor('id');
const en = stringsFor('en');

it('rounds a wait to what a visitor reads: under a minute, minutes, then hours', () => {
  expect(roundWait(0)).toEqual({ unit: 'underMinute' });
  expect(roundWait(59)).toEqual({ unit: 'underMinute' });
  expect(roundWait(60)).toEqual({ unit: 'minutes', count: 1 });
  expect(roundWait(89)).toEqual({ unit: 'minutes', count: 1 });
  expect(roundWait(90)).toEqual({ unit: 'minutes', count: 2 });
  expect(roundWait(240)).toEqual({ unit: 'minutes', count: 4 });
  expect(roundWait(59 * 60 + 20)).toEqual({ unit: 'minutes', count: 59 });
  // 59.5 minutes round to 60: an hour, not "60 minutes".
  expect(roundWait(59 * 60 + 30)).toEqual({ unit: 'hours', count: 1 });
  expect(roundWait(150 * 60)).toEqual({ unit: 'hours', count: 3 });
});

it('says the place in the queue, with the estimate when there is one, in id and en', () => {
  expect(id.queuePlace(3, roundWait(240))).toBe('Anda di antrean ke-3 · perkiraan 4 menit');
  expect(en.queuePlace(3, roundWait(240))).toBe('You are number 3 in the queue · about 4 min');
  expect(id.queuePlace(1, roundWait(20))).toBe('Anda di antrean ke-1 · perkiraan kurang dari 1 menit');
  expect(en.queuePlace(1, roundWait(20))).toBe('You are number 1 in the queue · less than a minute');
  expect(id.queuePlace(12, roundWait(2 * 3600))).toBe('Anda di antrean ke-12 · perkiraan 2 jam');
  expect(en.queuePlace(12, roundWait(3600))).toBe('You are number 12 in the queue · about 1 hour');
  expect(en.queuePlace(12, roundWait(2 * 3600))).toBe('You are number 12 in the queue · about 2 hours');
  expect(id.queuePlace(2, null)).toBe('Anda di antrean ke-2');
  expect(en.queuePlace(2, null)).toBe('You are number 2 in the queue');
});
