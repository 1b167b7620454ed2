// @ts-nocheck
import * as contextvars from "contextvars";

function scenario() {
  const c = new contextvars.ContextVar("a");
  const tok = c.set(1);
  const shape = /^<Token var=<ContextVar name='a' at 0x[0-9a-fA-F]+> at 0x[0-9a-fA-F]+>$/;
  print(shape.test(repr(tok)));
}

new contextvars.Context().run(scenario);
