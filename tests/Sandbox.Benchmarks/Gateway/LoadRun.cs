using System.Diagnostics;
using System.Net.Http.Headers;

namespace Sandbox.Benchmarks.Gateway;

/// <summary>
/// A closed loop of concurrent clients: each sends the same POST with a bearer token, reads the whole response, records
/// it and sends the next, until stopped or until the optional budget of requests is spent. One shared
/// <see cref="HttpClient"/> over a <see cref="SocketsHttpHandler"/> with a connection per client.
/// </summary>
internal sealed class LoadRun(HttpClient http, Uri target, string token, byte[] body)
{
    private long _accepted;
    private long _sent;

    /// <summary>Requests answered 200 so far.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    public long Sent => Interlocked.Read(ref _sent);

    public static HttpClient NewClient(Uri baseAddress, int clients) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            AllowAutoRedirect = false,
            UseProxy = false,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <param name="budget">At most this many requests in all; null for no limit.</param>
    /// <param name="stop">Stops sending; requests in flight finish and are recorded.</param>
    public async Task<IReadOnlyList<RequestSample>> RunAsync(int clients, long? budget, CancellationToken stop)
    {
        var left = budget ?? long.MaxValue;
        var lanes = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var samples = new List<RequestSample>(16_384);
            while (!stop.IsCancellationRequested && Interlocked.Decrement(ref left) >= 0)
            {
                samples.Add(await SendAsync());
            }

            return samples;
        }, CancellationToken.None)).ToList();
        return (await Task.WhenAll(lanes)).SelectMany(s => s).OrderBy(s => s.Started).ToList();
    }

    /// <summary>One request, synchronously with the caller: how a script sends a single probe.</summary>
    public async Task<RequestSample> SendAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Interlocked.Increment(ref _sent);
        var started = Stopwatch.GetTimestamp();
        int status;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status = 0;
        }

        var ended = Stopwatch.GetTimestamp();
        if (status == 200)
        {
            Interlocked.Increment(ref _accepted);
        }

        return new RequestSample(started, ended, status);
    }
}
