using System.Net.Http.Json;
using System.Text.Json;
using Sandbox.Storage.Documents;
using Sandbox.Web.Tests.Account;

namespace Sandbox.Web.Tests.Applications;

/// <summary>JSON calls to the API in a signed-in session, with If-Match when an ETag is given.</summary>
internal static class ApiCalls
{
    public static Task<HttpResponseMessage> SendAsync(BrowserSession session, HttpMethod method, string path, object? body = null, string? etag = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: StorageJson.Options);
        }

        return SendAsync(session, request, etag);
    }

    public static Task<HttpResponseMessage> SendAsync(BrowserSession session, HttpRequestMessage request, string? etag)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return session.SendAsync(request);
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
