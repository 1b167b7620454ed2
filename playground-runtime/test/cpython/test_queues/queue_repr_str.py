# A Queue's repr and its str, through the same scenario: empty, with a getter waiting, with a
# putter waiting, holding an item. Only the repr shows the queue's address.
import asyncio
import re


def shown(text):
    # The address differs from run to run: leave it out.
    return re.sub(r" at 0x[0-9a-f]+", " at ADDRESS", text)


async def scenario(fn):
    q = asyncio.Queue()
    print(shown(fn(q)), "id shown:", hex(id(q)) in fn(q))
    async with asyncio.TaskGroup() as tg:
        getter = tg.create_task(q.get())
        await asyncio.sleep(0)
        print(shown(fn(q)))
        q.put_nowait(0)
    print("got:", await getter)
    q = asyncio.Queue(maxsize=1)
    async with asyncio.TaskGroup() as tg:
        q.put_nowait(1)
        putter = tg.create_task(q.put(2))
        await asyncio.sleep(0)
        print(shown(fn(q)))
        q.get_nowait()
    print("put done:", putter.done())
    q = asyncio.Queue()
    q.put_nowait(1)
    print(shown(fn(q)))


async def main():
    for name, fn in [("repr", repr), ("str", str)]:
        print(f"{name}:")
        await scenario(fn)


asyncio.run(main())
