# compare: stderr
import asyncio


async def fetch(name):
    print("fetch", name, "runs")


async def main():
    fetch("forgotten")
    await fetch("awaited")
    print("main done")


asyncio.run(main())
