import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../http/context';
import { WidgetConfigNode } from './widget-config.types';

@Resolver()
export class WidgetConfigResolver {
  @Query(() => WidgetConfigNode, { description: "The widget's defaults; the embedding page may override them." })
  widgetConfig(@Ctx() ctx: Context) {
    return ctx.services.widgetConfig.get();
  }
}
