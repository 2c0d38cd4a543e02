import { markedParts } from '../src/features/search/marked-text';

describe('markedParts', () => {
  it('reads only the marks as markup: the matches marked, the escaped rest back as it was written', () => {
    expect(markedParts('Proses <mark>perizinan</mark> &amp; <mark>izin</mark> usaha')).toEqual([
      { text: 'Proses ', marked: false },
      { text: 'perizinan', marked: true },
      { text: ' & ', marked: false },
      { text: 'izin', marked: true },
      { text: ' usaha', marked: false },
    ]);
  });

  it('keeps anything else that looks like HTML as text, escaped once or twice', () => {
    expect(markedParts('&lt;script&gt;alert(&quot;<mark>izin</mark>&#39;)&lt;/script&gt; &amp;lt;b&amp;gt;')).toEqual([
      { text: '<script>alert("', marked: false },
      { text: 'izin', marked: true },
      { text: "')</script> &lt;b&gt;", marked: false },
    ]);
    expect(markedParts('<b>tebal</b>')).toEqual([{ text: '<b>tebal</b>', marked: false }]);
  });
});
