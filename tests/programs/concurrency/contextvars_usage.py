# contextvars: ContextVar get/set/reset, copy_context().run, and isolation across asyncio tasks.
import contextvars, asyncio
request_id = contextvars.ContextVar("request_id", default="none")
print(request_id.get(), request_id.name)
token = request_id.set("abc")
print(request_id.get())
request_id.reset(token)
print(request_id.get())
ctx = contextvars.copy_context()
def inside():
    request_id.set("inside ctx")
    return request_id.get()
print(ctx.run(inside), request_id.get(), ctx[request_id], request_id in ctx, len(list(ctx.items())) >= 1)
novalue = contextvars.ContextVar("nv")
try:
    novalue.get()
except LookupError as e:
    print("LookupError:", type(e).__name__)
print(novalue.get("fallback"))
async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0)
    return request_id.get()
async def main():
    return await asyncio.gather(*(handler(i) for i in range(3)))
print(asyncio.run(main()), request_id.get())
try:
    request_id.reset(token)
except RuntimeError as e:
    # Token reprs hold addresses; the end of the message is what is stable.
    print("RuntimeError:", str(e).rsplit("> ", 1)[-1])
t2 = request_id.set("x")
try:
    contextvars.copy_context().run(request_id.reset, t2)
except ValueError as e:
    print("ValueError:", str(e).rsplit("> ", 1)[-1])
print(type(t2).__name__, t2.var is request_id, t2.old_value)
