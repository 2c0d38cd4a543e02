import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../http/context';
import { DataExportNode } from './personal-data.types';

@Resolver()
export class PersonalDataResolver {
  @Mutation(() => DataExportNode, {
    description: "A link to everything the desk holds of a customer, as JSON (UU PDP: the person's right of access). Recorded in the audit log (`customer.export`). ADMIN only.",
  })
  exportCustomerData(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.personalData.exportLink(ctx.viewer, id);
  }

  @Mutation(() => Boolean, {
    description:
      "Erases a customer for good: its profile, its messages' texts and files (the bytes too), its ratings' comments; its tokens stop at once. Its chats stay as anonymous counts, so the report figures do not change. Open chats are closed first. Recorded in the audit log (`customer.erase`, the customer's id only). ADMIN only; an unknown or already erased customer is NOT_FOUND.",
  })
  eraseCustomer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.personalData.erase(ctx.viewer, id);
  }
}
