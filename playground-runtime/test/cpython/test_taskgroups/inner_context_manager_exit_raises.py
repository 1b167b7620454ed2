import asyncio


async def test():
    class CustomException(Exception):
        pass

    async def raise_exc():
        raise CustomException

    class Database:
        """Its exit raises, whatever the body did."""

        async def __aenter__(self):
            return None

        async def __aexit__(self, exc_type, exc, tb):
            raise CustomException

    async def main():
        task = asyncio.current_task()
        try:
            async with asyncio.TaskGroup() as tg:
                async with Database():
                    tg.create_task(raise_exc())
                    await asyncio.sleep(1)
        except* CustomException as err:
            print("cancelling():", task.cancelling(), "caught:", len(err.exceptions))
        else:
            print("CustomException not raised")

    await asyncio.create_task(main())


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
