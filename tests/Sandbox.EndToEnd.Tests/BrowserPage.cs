using Microsoft.Playwright;

namespace Sandbox.EndToEnd.Tests;

/// <summary>A page in its own browser context, collecting console errors and failed requests.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _errors.Add($"{response.Status} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>
    /// Opens a path and waits until <paramref name="circuitControl"/> is enabled: controls that need
    /// the server stay disabled until the Blazor circuit is interactive, so clicks then reach it.
    /// </summary>
    public async Task<ILocator> OpenInteractiveAsync(string path, string circuitControl)
    {
        await Page.GotoAsync(path);
        var control = Page.Locator(circuitControl);
        await Assertions.Expect(control).ToBeEnabledAsync(new() { Timeout = 15_000 });
        return control;
    }

    /// <summary>Waits until the layout reports a live circuit: before that, clicks may be lost to the page starting up.</summary>
    public Task WaitForCircuitAsync() =>
        Assertions.Expect(Page.Locator("[data-circuit=connected]")).ToHaveCountAsync(1);

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
