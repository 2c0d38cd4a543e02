import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** What a service returns for a connection. */
export interface ConnectionResult<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** `totalCount` is a getter, so the count query runs only when a client selects the field. */
export function connection<Node>(
  edges: { cursor: string; node: Node }[],
  pageInfo: PageInfo,
  countTotal: () => Promise<number>,
): ConnectionResult<Node> {
  return {
    edges,
    pageInfo,
    get totalCount() {
      return countTotal();
    },
  };
}

/** Declares the Relay types `<Name>Edge` and `<Name>Connection` for one node type. */
export function connectionTypes<Node extends object>(name: string, nodeType: ClassType<Node>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: Node;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, over all pages.' })
    totalCount!: number;
  }

  return { Edge, Connection };
}
