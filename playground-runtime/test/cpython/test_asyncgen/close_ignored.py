# Closing an asend()/athrow() awaitable whose generator awaits again on GeneratorExit.


class Pass:
    def __await__(self):
        return (yield None)


class MyExc(Exception):
    pass


def close(label, step):
    try:
        step.close()
        print(label, "closed")
    except RuntimeError as error:
        print(label, "raised", repr(error))


async def awaits_on_exit():
    try:
        await Pass()
    except GeneratorExit:
        await Pass()
    return
    yield


step = awaits_on_exit().asend(None)
step.send(None)
close("asend", step)


async def awaits_on_exit_after_throw():
    try:
        yield
    except MyExc:
        try:
            await Pass()
        except GeneratorExit:
            await Pass()


agen = awaits_on_exit_after_throw()
try:
    agen.asend(None).send(None)
except StopIteration:
    print("first step: StopIteration")
step = agen.athrow(MyExc())
step.send(None)
close("athrow", step)
