#!/usr/bin/env python3
"""Open-loop load at a fixed rate, latency measured from each request's scheduled time (no coordinated
omission). Posts Zalo webhook events signed as Zalo signs them (SHA-256 of app id + body + timestamp + OA
secret key, docs/zalo-setup.md section 0), or GETs a baseline path. Prints one JSON line of results.

  webhook_load.py --port 18081 --rate 200 --duration 45 --mode webhook
  webhook_load.py --port 18081 --rate 200 --duration 45 --mode get --path /q/health/live
"""
import os
import argparse
import asyncio
import hashlib
import json
import time

APP_ID = "sandbox-app"  # the sandbox's defaults; --app-id and --secret for an app started with others
SECRET = os.environ.get("BENCH_OA_SECRET", "")  # bench/webhook-ack.sh gives it to the app too; else --secret
TEXTS = ["xin chào", "tra cứu 000.00.22.H12-261120-0007", "hướng dẫn", "000.12.00.H36-261118-0012"]


def event(n, run, app_id=APP_ID, secret=SECRET, user_prefix="bench-"):
    ts = str(int(time.time() * 1000))
    body = json.dumps({"app_id": app_id, "sender": {"id": "%s%d" % (user_prefix, n % 500)},
                       "user_id_by_app": "77%d" % (n % 500), "recipient": {"id": "sandbox-oa"},
                       "event_name": "user_send_text",
                       "message": {"text": TEXTS[n % len(TEXTS)], "msg_id": "bench-%s-%d" % (run, n)},
                       "timestamp": ts}, ensure_ascii=False, separators=(",", ":")).encode()
    mac = hashlib.sha256(app_id.encode() + body + ts.encode() + secret.encode()).hexdigest()
    return body, mac


async def read_response(reader):
    status = int((await reader.readline()).split()[1])
    length, chunked = 0, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
        elif name.lower() == "transfer-encoding" and "chunked" in value:
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status


async def main(args):
    conns = asyncio.Queue()
    for _ in range(args.connections):
        conns.put_nowait(await asyncio.open_connection("127.0.0.1", args.port))
    latencies, statuses, run = [], {}, str(int(time.time()))

    async def one(n, scheduled):
        reader, writer = await conns.get()
        try:
            if args.mode == "webhook":
                body, mac = event(n, run, args.app_id, args.secret, args.user_prefix)
                head = ("POST /zalo/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "X-ZEvent-Signature: mac=%s\r\nContent-Length: %d\r\n\r\n" % (mac, len(body))).encode()
                writer.write(head + body)
            else:
                writer.write(("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" % args.path).encode())
            await writer.drain()
            status = await read_response(reader)
            latencies.append((time.perf_counter() - scheduled) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
        except Exception:  # a broken connection counts as an error and is replaced
            statuses["error"] = statuses.get("error", 0) + 1
            writer.close()
            reader, writer = await asyncio.open_connection("127.0.0.1", args.port)
        finally:
            conns.put_nowait((reader, writer))

    start = time.perf_counter()
    total = int(args.rate * args.duration)
    tasks = []
    for n in range(total):
        scheduled = start + n / args.rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(n, scheduled)))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    latencies.sort()

    def pct(p):
        return round(latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))], 2) if latencies else None

    print(json.dumps({"mode": args.mode, "requests": total, "rate": round(total / elapsed, 1),
                      "p50": pct(50), "p90": pct(90), "p99": pct(99), "max": round(latencies[-1], 2),
                      "statuses": {str(k): v for k, v in statuses.items()}}))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=18081)
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--duration", type=float, default=45)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--mode", choices=["webhook", "get"], default="webhook")
    parser.add_argument("--path", default="/q/health/live")
    parser.add_argument("--app-id", default=APP_ID)
    parser.add_argument("--secret", default=SECRET)
    parser.add_argument("--user-prefix", default="bench-")
    asyncio.run(main(parser.parse_args()))
