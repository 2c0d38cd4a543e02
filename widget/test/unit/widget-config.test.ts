import { acceptAttribute, narrowTypes } from '../../src/file-types';
import { DEFAULT_DISPLAY_CONFIG, endpoints, fileProblem, mergeConfig, readPageConfig, type ServerWidgetConfig } from '../../src/widget-config';

const server: ServerWidgetConfig = {
  widgetTitle: 'Dari server',
  welcomeMessage: 'Selamat datang dari server',
  primaryColor: '#111111',
  position: 'bottom-left',
  allowFileUpload: false,
  maxFileSize: 5 * 1024 * 1024,
  allowedFileTypes: ['image/png', 'APPLICATION/PDF'],
  online: true,
  topics: [
    { teamId: 't-izin', name: 'Izin usaha' },
    { teamId: 't-nib', name: 'NIB' },
  ],
  open: false,
  nextOpenAt: '2026-12-07T01:00:00.000Z',
  agentsAvailable: true,
  offlineMessage: 'Kami sedang tutup.',
  identityRequired: false,
};

describe('readPageConfig', () => {
  it('keeps known keys of the right type and drops the rest', () => {
    expect(
      readPageConfig({
        apiUrl: ' https://api.example ',
        widgetTitle: 42,
        welcomeMessage: '',
        primaryColor: 'red;} * { display:none',
        position: 'top-left',
        allowFileUpload: 'yes',
        maxFileSize: '10',
        allowedFileTypes: ['image/*', 3, ' .PDF '],
        locale: 'fr',
        evil: true,
      }),
    ).toEqual({ apiUrl: 'https://api.example', maxFileSize: 10, allowedFileTypes: ['image/*', '.pdf'] });
  });

  it('accepts the contract snippet as written', () => {
    const page = {
      apiUrl: 'https://api.example',
      websocketUrl: 'https://api.example',
      widgetTitle: 'Bantuan OSS Perizinan',
      primaryColor: '#3B82F6',
      position: 'bottom-right',
      allowFileUpload: true,
      maxFileSize: 10,
      allowedFileTypes: ['image/*', '.pdf', '.doc', '.docx', '.txt'],
      locale: 'en',
    };
    expect(readPageConfig(page)).toEqual(page);
  });

  it('survives no config at all', () => {
    expect(readPageConfig(undefined)).toEqual({});
    expect(readPageConfig('nonsense')).toEqual({});
  });
});

describe('mergeConfig', () => {
  it('lets the page win over the server, field by field, with maxFileSize in MB', () => {
    expect(mergeConfig({ widgetTitle: 'Dari halaman', position: 'bottom-right', maxFileSize: 2 }, server)).toEqual({
      widgetTitle: 'Dari halaman',
      welcomeMessage: server.welcomeMessage,
      primaryColor: server.primaryColor,
      position: 'bottom-right',
      allowFileUpload: false,
      maxFileSize: 2 * 1024 * 1024,
      allowedFileTypes: ['image/png', 'application/pdf'],
      online: true,
      topics: server.topics,
      desk: { offline: true, nextOpenAt: '2026-12-07T01:00:00.000Z', message: 'Kami sedang tutup.' },
      identityRequired: false,
      identityPrompt: null,
    });
  });

  it("uses the contract's defaults until the server answers, with online unknown and no topics", () => {
    expect(mergeConfig({}, null)).toEqual(DEFAULT_DISPLAY_CONFIG);
    expect(mergeConfig({}, null).online).toBeNull();
    expect(mergeConfig({}, null).topics).toEqual([]);
  });

  it("takes the topics from the server alone, in the server's order", () => {
    expect(readPageConfig({ topics: [{ teamId: 'x', name: 'Palsu' }] })).toEqual({});
    expect(mergeConfig({}, server).topics).toEqual(server.topics);
  });
});

describe('endpoints', () => {
  it('turns an http(s) websocketUrl into ws(s) on /graphql', () => {
    expect(endpoints({ apiUrl: 'https://api.example', websocketUrl: 'https://api.example' }, 'https://site.example')).toEqual({
      graphqlUrl: 'https://api.example/graphql',
      websocketUrl: 'wss://api.example/graphql',
    });
    expect(endpoints({ apiUrl: 'http://localhost:8000/', websocketUrl: 'http://localhost:8000' }, 'http://x')).toEqual({
      graphqlUrl: 'http://localhost:8000/graphql',
      websocketUrl: 'ws://localhost:8000/graphql',
    });
  });

  it('keeps an explicit /graphql, a ws URL and a path prefix', () => {
    expect(endpoints({ apiUrl: 'https://example.id/chat/graphql', websocketUrl: 'wss://rt.example.id/chat' }, 'https://x')).toEqual({
      graphqlUrl: 'https://example.id/chat/graphql',
      websocketUrl: 'wss://rt.example.id/chat/graphql',
    });
  });

  it('derives the socket from apiUrl, and apiUrl from the page, when not given', () => {
    expect(endpoints({ apiUrl: 'https://api.example' }, 'https://site.example').websocketUrl).toBe('wss://api.example/graphql');
    expect(endpoints({}, 'http://site.example')).toEqual({
      graphqlUrl: 'http://site.example/graphql',
      websocketUrl: 'ws://site.example/graphql',
    });
  });
});

describe('fileProblem', () => {
  const config = { ...DEFAULT_DISPLAY_CONFIG, maxFileSize: 1000, allowedFileTypes: ['image/*', 'application/pdf', 'text/plain'] };
  it('accepts by family or exact type, and by extension where the browser declares no type', () => {
    expect(fileProblem({ name: 'a.PNG', size: 10, type: 'image/png' }, config)).toBeNull();
    expect(fileProblem({ name: 'Surat.PDF', size: 10, type: '' }, config)).toBeNull();
    expect(fileProblem({ name: 'notes', size: 10, type: 'text/plain' }, config)).toBeNull();
  });
  it('refuses what is too large or of another type', () => {
    expect(fileProblem({ name: 'a.png', size: 1001, type: 'image/png' }, config)).toBe('too-large');
    expect(fileProblem({ name: 'a.exe', size: 10, type: 'application/x-msdownload' }, config)).toBe('type');
    expect(fileProblem({ name: 'a.pdf.exe', size: 10, type: '' }, config)).toBe('type');
  });
});

describe("the server's allowedFileTypes", () => {
  const contractSnippet = ['image/*', '.pdf', '.doc', '.docx', '.txt'];

  it('refuses an SVG that the page\'s image/* would let through when the server takes JPEG, PNG and GIF only', () => {
    const config = mergeConfig({ allowedFileTypes: contractSnippet }, null);
    expect(config.allowedFileTypes).toEqual(['image/jpeg', 'image/png', 'image/gif', 'application/pdf', 'application/msword', 'text/plain']);
    expect(fileProblem({ name: 'logo.svg', size: 10, type: 'image/svg+xml' }, config)).toBe('type');
    expect(fileProblem({ name: 'laporan.docx', size: 10, type: '' }, config)).toBe('type');
    expect(fileProblem({ name: 'foto.jpg', size: 10, type: 'image/jpeg' }, config)).toBeNull();
    expect(fileProblem({ name: 'Surat.DOC', size: 10, type: '' }, config)).toBeNull();
  });

  it('offers the picker exactly those types, with their extensions', () => {
    expect(acceptAttribute(mergeConfig({ allowedFileTypes: contractSnippet }, server).allowedFileTypes)).toBe('image/png,.png,application/pdf,.pdf');
    expect(acceptAttribute(mergeConfig({}, { ...server, allowedFileTypes: ['image/*', 'text/plain'] }).allowedFileTypes)).toBe('image/*,text/plain,.txt');
  });

  it('lets the page narrow the server\'s types, never widen them', () => {
    expect(narrowTypes(['image/*', 'application/pdf'], ['.png', 'image/gif', 'text/plain'])).toEqual(['image/png', 'image/gif']);
    expect(narrowTypes(['image/png'], ['image/*'])).toEqual(['image/png']);
    expect(narrowTypes(['image/png'], undefined)).toEqual(['image/png']);
  });
});

describe('LivechatOSSConfig.identity', () => {
  it('keeps a signed-in user with its id and hash, the name falling back to the id', () => {
    expect(readPageConfig({ identity: { externalId: 'user-7', hash: ' ab12 ', email: 'siti@contoh.id', phone: 42 }, identityPrompt: ' Masuk dulu. ' })).toEqual({
      identity: { externalId: 'user-7', hash: 'ab12', name: 'user-7', email: 'siti@contoh.id' },
      identityPrompt: 'Masuk dulu.',
    });
  });

  it('drops an identity without its id or hash', () => {
    expect(readPageConfig({ identity: { externalId: 'user-7' } })).toEqual({});
    expect(readPageConfig({ identity: { hash: 'ab12' } })).toEqual({});
    expect(readPageConfig({ identity: 'user-7' })).toEqual({});
  });

  it("takes identityRequired from the server alone and the prompt from the page", () => {
    expect(mergeConfig({ identityPrompt: 'Masuk dulu.' }, { ...server, identityRequired: true })).toMatchObject({ identityRequired: true, identityPrompt: 'Masuk dulu.' });
    expect(mergeConfig({}, null)).toMatchObject({ identityRequired: false, identityPrompt: null });
  });
});
