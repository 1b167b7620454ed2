# compare: stderr
# (the two files keep the same line numbers: the log line names them)
import asyncio
import time
def blocking(seconds):
    time.sleep(seconds)
async def main():
    loop = asyncio.get_running_loop()
    print("slow_callback_duration:", loop.slow_callback_duration)
    loop.call_soon(blocking, 0.25)
    loop.call_soon(blocking, 0.05)
    await asyncio.sleep(0)
    print("debug:", loop.get_debug())
asyncio.run(main(), debug=True)
