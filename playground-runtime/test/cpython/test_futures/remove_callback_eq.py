import asyncio

loop = asyncio.new_event_loop()


def first(fut):
    pass


def filler(fut):
    pass


print("-- __eq__ removing callbacks while remove_done_callback compares")
fut = asyncio.Future(loop=loop)
fut.add_done_callback(first)
for _ in range(63):
    fut.add_done_callback(filler)


class RemovesFillers:
    def __eq__(self, other):
        fut.remove_done_callback(filler)
        return False


print("removed:", fut.remove_done_callback(RemovesFillers()))
print("left:", len(fut._callbacks or []))

print("-- __eq__ removing the very callback it is compared with")
fut = asyncio.Future(loop=loop)
fut.add_done_callback(first)
for _ in range(63):
    fut.add_done_callback(filler)


class RemovesOther:
    def __eq__(self, other):
        fut.remove_done_callback(other)


print("removed:", fut.remove_done_callback(RemovesOther()))
print("left:", len(fut._callbacks or []))

print("-- __eq__ adding callbacks while remove_done_callback compares")
fut = asyncio.Future(loop=loop)
fut.add_done_callback(first)
for _ in range(63):
    fut.add_done_callback(filler)
compared = 0


class AddsFillers:
    def __eq__(self, other):
        global compared
        compared += 1
        if compared < 100:
            fut.add_done_callback(filler)
        return False


print("removed:", fut.remove_done_callback(AddsFillers()))
print("compared:", compared, "left:", len(fut._callbacks or []))
loop.close()
