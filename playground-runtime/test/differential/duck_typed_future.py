import asyncio


class Ticket:
    """Not an asyncio.Future, but it says it can stand in for one."""

    _asyncio_future_blocking = False

    def __init__(self, number):
        self.number = number

    def __repr__(self):
        return f"<Ticket {self.number}>"


class Opted:
    """Has the attribute, but None means "not a future"."""

    _asyncio_future_blocking = None


async def worker():
    await asyncio.sleep(0)
    return "worked"


async def main():
    loop = asyncio.get_running_loop()
    ticket = Ticket(7)
    print("a ticket:", asyncio.isfuture(ticket))
    print("the Ticket class:", asyncio.isfuture(Ticket))
    print("opted out:", asyncio.isfuture(Opted()))
    print("a string:", asyncio.isfuture("future"))
    print("ensure_future keeps the ticket:", asyncio.ensure_future(ticket) is ticket)
    fut = loop.create_future()
    print("wrap_future keeps an asyncio future:", asyncio.wrap_future(fut) is fut)
    task = asyncio.ensure_future(worker())
    print("a coroutine becomes a task:", asyncio.isfuture(task), await task)
    fut.cancel()


asyncio.run(main())
