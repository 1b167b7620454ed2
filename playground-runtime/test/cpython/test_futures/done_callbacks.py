import asyncio


def appender(bag, thing):
    """A new callback each call: it appends thing to bag."""

    def bag_appender(future):
        bag.append(thing)

    return bag_appender


def outcome(label, loop, future, bag):
    loop.run_until_complete(asyncio.sleep(0))
    print(label, bag, "result:", future.result() if future.exception() is None else repr(future.exception()))


loop = asyncio.new_event_loop()

for removed in (["cb1", "cb1"], ["cb1", "cb2", "cb1"], ["cb3", "cb3"]):
    bag = []
    f = asyncio.Future(loop=loop)
    callbacks = {"cb1": appender(bag, 42), "cb2": appender(bag, 17), "cb3": appender(bag, 100)}
    for cb in callbacks.values():
        f.add_done_callback(cb)
    for name in removed:
        f.remove_done_callback(callbacks[name])
    print("before set_result:", bag)
    f.set_result("foo")
    outcome(f"removed {removed}:", loop, f, bag)

bag = []
f = asyncio.Future(loop=loop)
f.add_done_callback(appender(bag, 42))
f.add_done_callback(appender(bag, 17))
print("before set_result:", bag)
f.set_result("foo")
outcome("on set_result:", loop, f, bag)

bag = []
f = asyncio.Future(loop=loop)
f.add_done_callback(appender(bag, 100))
error = RuntimeError()
f.set_exception(error)
outcome("on set_exception:", loop, f, bag)
print("the exception set:", f.exception() is error)

print("-- remove_done_callback counts")
bag = []
f = asyncio.Future(loop=loop)
cb1, cb2, cb3 = appender(bag, 1), appender(bag, 2), appender(bag, 3)
f.add_done_callback(cb1)
f.add_done_callback(cb2)
print("cb2 removed:", f.remove_done_callback(cb2))
print("cb3 removed:", f.remove_done_callback(cb3))
f.add_done_callback(cb2)
for _ in range(5):
    f.add_done_callback(cb1)
print("cb1 removed:", f.remove_done_callback(cb1))
print("before set_result:", bag)
f.set_result("foo")
outcome("left cb2:", loop, f, bag)

print("-- a callback removing the others once they are scheduled")
calls = []


def mut(fut):
    calls.append("mut")
    fut.remove_done_callback(other)


def other(fut):
    calls.append("other")


f = asyncio.Future(loop=loop)
f.add_done_callback(mut)
f.add_done_callback(other)
f.add_done_callback(other)
f.set_result(1)
loop.run_until_complete(asyncio.sleep(0))
print("ran:", calls)
loop.close()
