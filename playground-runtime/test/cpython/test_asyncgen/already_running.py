# An async generator's awaitables used while another one of its steps is still running:
# what each raises, stepped by hand without a loop.


class Pass:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return (yield self.value)


class MyExc(Exception):
    pass


def start(agen):
    try:
        agen.asend(None).send(None)
    except StopIteration:
        print("the first step stops at the bare yield: StopIteration")


def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except BaseException as error:
        print(label, "raised", repr(error))


async def reenters():
    try:
        await anext(me)
    except RuntimeError as error:
        print("inside, anext of itself:", repr(error))
        raise
    yield 123


me = reenters()
step = me.__aiter__().__anext__()
attempt("exception 12, step", lambda: step.__next__())
attempt("then send", lambda: step.send(None))


async def loops_forever():
    while True:
        try:
            await Pass(None)
        except MyExc:
            pass
    return
    yield


print("-- asend/athrow thrown into while a send is running")
agen = loops_forever()
first = agen.asend(None)
first.send(None)
second = agen.asend(None)
attempt("asend throw", lambda: second.throw(MyExc()))
attempt("asend send", lambda: second.send(None))

agen = loops_forever()
first = agen.asend(None)
first.send(None)
second = agen.athrow(MyExc())
attempt("athrow throw", lambda: second.throw(MyExc()))
attempt("athrow send", lambda: second.send(None))


async def catches_then_loops():
    try:
        yield
    except MyExc:
        pass
    while True:
        try:
            await Pass(None)
        except MyExc:
            pass


print("-- asend/athrow thrown into while a throw is running")
agen = catches_then_loops()
start(agen)
agen.athrow(MyExc()).throw(MyExc())
second = agen.asend(MyExc())
attempt("asend throw", lambda: second.throw(MyExc()))
attempt("asend send", lambda: second.send(None))

agen = catches_then_loops()
start(agen)
agen.athrow(MyExc()).throw(MyExc())
second = agen.athrow(None)
attempt("athrow throw", lambda: second.throw(MyExc()))
attempt("athrow send", lambda: second.send(None))
