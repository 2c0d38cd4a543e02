import { parse } from 'graphql';
import { firstValueFrom } from 'rxjs';
import { ApolloLink } from '@apollo/client/link';
import { extractFiles, hasFiles, multipartBody } from '../src/app/upload-link';

describe('multipart requests', () => {
  it('finds files anywhere in the variables and leaves nulls in their place', () => {
    const photo = new File(['x'], 'foto.png', { type: 'image/png' });
    const { clone, files } = extractFiles({ input: { sessionId: '1', file: photo, list: [photo, 2] } });
    expect(clone).toEqual({ input: { sessionId: '1', file: null, list: [null, 2] } });
    expect([...files.entries()]).toEqual([[photo, ['variables.input.file', 'variables.input.list.0']]]);
    expect(hasFiles({ input: { text: 'hi' } })).toBe(false);
  });

  it('builds operations, map and file parts in the order the spec requires', async () => {
    const photo = new File(['png-bytes'], 'foto.png', { type: 'image/png' });
    const body = multipartBody('mutation SendFileMessage { x }', 'SendFileMessage', { input: { file: photo } });
    expect([...body.keys()]).toEqual(['operations', 'map', '0']);
    expect(JSON.parse(body.get('operations') as string)).toEqual({
      query: 'mutation SendFileMessage { x }',
      operationName: 'SendFileMessage',
      variables: { input: { file: null } },
    });
    expect(JSON.parse(body.get('map') as string)).toEqual({ 0: ['variables.input.file'] });
    const part = body.get('0') as File;
    expect(part.name).toBe('foto.png');
    expect(await part.text()).toBe('png-bytes');
  });

  it('is only chosen for operations that carry a file', async () => {
    const seen: string[] = [];
    const link = ApolloLink.split(
      (operation) => hasFiles(operation.variables),
      new ApolloLink(() => {
        seen.push('upload');
        return new (require('rxjs').Observable)((o: { next(v: unknown): void; complete(): void }) => {
          o.next({ data: {} });
          o.complete();
        });
      }),
      new ApolloLink(() => {
        seen.push('http');
        return new (require('rxjs').Observable)((o: { next(v: unknown): void; complete(): void }) => {
          o.next({ data: {} });
          o.complete();
        });
      }),
    );
    const query = parse('mutation M($input: Int) { m(input: $input) }');
    const client = { } as never;
    await firstValueFrom(ApolloLink.execute(link, { query, variables: { input: 1 } }, { client }));
    await firstValueFrom(ApolloLink.execute(link, { query, variables: { f: new File(['a'], 'a.txt') } }, { client }));
    expect(seen).toEqual(['http', 'upload']);
  });
});
