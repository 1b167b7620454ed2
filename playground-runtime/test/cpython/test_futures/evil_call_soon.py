import asyncio

loop = asyncio.new_event_loop()
scheduled_first = False


def pad():
    pass


def second(fut):
    pass


def first(fut):
    pass


def evil_call_soon(*args, **kwargs):
    # From the second callback scheduled on, shrink the future's list of callbacks.
    global scheduled_first
    if scheduled_first:
        fut.remove_done_callback(second)
        fut.remove_done_callback(pad)
    else:
        scheduled_first = True


loop.call_soon = evil_call_soon
fut = asyncio.Future(loop=loop)
print("bound to that loop:", fut.get_loop() is loop)
fut.add_done_callback(first)
fut.add_done_callback(second)
fut.add_done_callback(pad)
fut.add_done_callback(pad)
fut.set_result("boom")
print("no callbacks left:", fut._callbacks in (None, []))
loop.close()
