# An exception escaping asyncio.run: frames of the coroutines are shown, asyncio internals are not asserted.
import asyncio, sys, traceback
async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ConnectionError(f"fetch {n} failed")
    return n
async def main():
    results = []
    for n in range(3):
        results.append(await fetch(n))
    return results
try:
    asyncio.run(main())
except ConnectionError as e:
    frames = [f.name for f in traceback.extract_tb(e.__traceback__) if f.filename.endswith("async_uncaught.py")]
    print("frames in this file:", frames)
    print("".join(traceback.format_exception_only(e)), end="")
    sys.exit(2)
