import asyncio

loop = None  # the loop asyncio.run makes, kept to read its clock
kept = []  # holds both generators, so that only the loop's shutdown can close what is left


def now():
    return round(loop.time())


async def ticker(name):
    try:
        i = 0
        while True:
            await asyncio.sleep(1)  # suspends the task: the sleep's future goes up to the loop
            print(f"t={now()} {name}: yields {i}")
            yield i  # hands i to the consumer: the task does not suspend
            i += 1
    finally:
        print(f"t={now()} {name}: finally runs")


async def main():
    global loop
    loop = asyncio.get_running_loop()
    a = ticker("a")
    kept.append(a)
    async for n in a:
        print(f"t={now()} main: got {n} from a")
        if n == 1:
            break  # leaves a suspended at its yield: nothing closes it
    b = ticker("b")
    kept.append(b)
    first = await anext(b)  # one step of b, by hand
    print(f"t={now()} main: got {first} from b")
    await b.aclose()  # GeneratorExit is thrown in at b's yield
    print(f"t={now()} main: returns")


asyncio.run(main())
print(f"t={now()} asyncio.run returned")
