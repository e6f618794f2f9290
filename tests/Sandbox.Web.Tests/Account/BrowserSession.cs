using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sandbox.Web.Tests.Account;

/// <summary>
/// One browser against the app in memory: it keeps cookies, does not follow redirects on its own,
/// and posts forms the way a browser does, with the antiforgery and form-name fields they carry.
/// </summary>
public sealed class BrowserSession : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _client;

    public BrowserSession(SandboxAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        // Over Kestrel the factory's client follows redirects whatever it is told, so a plain one is used.
        using var probe = factory.CreateClient();
        _client = probe.BaseAddress!.IsDefaultPort
            ? factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true })
            : new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = probe.BaseAddress };
    }

    public async Task<HtmlPage> GetAsync(string pathOrUrl)
    {
        var address = Resolve(pathOrUrl);
        using var response = await _client.GetAsync(address);
        return await ReadAsync(address, response);
    }

    public Task<HtmlPage> FollowAsync(HtmlPage redirect)
    {
        ArgumentNullException.ThrowIfNull(redirect);
        _ = redirect.RedirectPath;
        return GetAsync(redirect.Location!.ToString());
    }

    /// <summary>Opens <paramref name="path"/> and submits its form named <paramref name="handler"/>.</summary>
    public async Task<HtmlPage> SubmitAsync(string path, string handler, params (string Name, string Value)[] fields) =>
        await SubmitAsync(await GetAsync(path), handler, fields);

    public Task<HtmlPage> SubmitAsync(HtmlPage page, string handler, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(page);
        return PostFormAsync(page, page.Form(handler), fields);
    }

    public Task<HtmlPage> SubmitToAsync(HtmlPage page, string action, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(page);
        return PostFormAsync(page, page.FormPostingTo(action), fields);
    }

    /// <summary>Posts exactly these fields, as a forged request would.</summary>
    public async Task<HtmlPage> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        var address = Resolve(path);
        using var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        using var response = await _client.PostAsync(address, content);
        return await ReadAsync(address, response);
    }

    /// <summary>Any request, with this browser's cookies (an API call from the signed-in UI, say).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _client.SendAsync(request);
    }

    public void Dispose() => _client.Dispose();

    private async Task<HtmlPage> PostFormAsync(HtmlPage page, IHtmlFormElement form, (string Name, string Value)[] overrides)
    {
        var values = DefaultValues(form);
        foreach (var (name, value) in overrides)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        var address = string.IsNullOrEmpty(action) ? page.Address : new Uri(page.Address, action);
        using var content = new FormUrlEncodedContent(values);
        using var response = await _client.PostAsync(address, content);
        return await ReadAsync(address, response);
    }

    /// <summary>What the browser would send untouched: hidden and filled-in fields, ticked boxes, chosen options.</summary>
    private static Dictionary<string, string> DefaultValues(IHtmlFormElement form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked)
            {
                continue;
            }

            values[input.Name!] = input.Type is "checkbox" or "radio" ? input.Value : input.GetAttribute("value") ?? string.Empty;
        }

        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
        {
            values[select.Name!] = select.Value ?? string.Empty;
        }

        return values;
    }

    private Uri Resolve(string pathOrUrl) => new(_client.BaseAddress!, pathOrUrl);

    private static async Task<HtmlPage> ReadAsync(Uri address, HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var location = response.Headers.Location is { } target ? new Uri(address, target) : null;
        return new HtmlPage(address, response.StatusCode, location, Parser.ParseDocument(html));
    }
}
