import { fillPlaceholders, pickerSearch } from '../src/features/conversation/canned-placeholders';

const names = { customerName: 'Budi Santoso', agentName: 'Sari' };

describe('fillPlaceholders', () => {
  it('fills the customer and agent names, every time they appear, with or without spaces inside the braces', () => {
    expect(fillPlaceholders('Halo {{customer.name}}, saya {{ agent.name }}. Terima kasih, {{customer.name}}!', names)).toBe(
      'Halo Budi Santoso, saya Sari. Terima kasih, Budi Santoso!',
    );
  });

  it('leaves unknown placeholders, single braces and a name that looks like a placeholder as typed', () => {
    expect(
      fillPlaceholders('{{customer.email}} {customer.name} {{customer.name}} {{agent.name}}', { customerName: '{{agent.name}}', agentName: 'Sari' }),
    ).toBe('{{customer.email}} {customer.name} {{agent.name}} Sari');
    expect(fillPlaceholders('{{agent.name}} → {{customer.name}}', { customerName: '$& $1', agentName: 'Sari' })).toBe('Sari → $& $1');
  });
});

describe('pickerSearch', () => {
  it('opens on a "/" at the start of a one-line text, with what follows as the search', () => {
    expect(pickerSearch('/')).toBe('');
    expect(pickerSearch('/akun oss')).toBe('akun oss');
    expect(pickerSearch('halo /nib')).toBeNull();
    expect(pickerSearch(' /nib')).toBeNull();
    expect(pickerSearch('/nib\nbaris dua')).toBeNull();
  });
});
