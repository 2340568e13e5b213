/** Shared shape of an edge handler: field choice, then one page of rendered items. */
import { fail, type HandlerContext } from '../context';
import { chooseFields, isFieldChoice, render, type FieldTable } from '../fields';
import { pageReply } from '../paging';
import type { GraphReply } from '../reply';

export interface EdgeSpec<T> {
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  readonly table: FieldTable<T>;
  readonly defaults: readonly string[];
  readonly nodeType: string;
}

export function edgeReply<T>(ctx: HandlerContext, spec: EdgeSpec<T>): GraphReply {
  const choice = chooseFields(ctx.request.params.get('fields'), spec.table, spec.defaults, spec.nodeType);
  if (!isFieldChoice(choice)) return fail(ctx, choice);
  return pageReply(ctx, spec.items, spec.keyOf, (item) => render(item, spec.table, choice));
}
