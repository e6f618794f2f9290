using OpenIddict.Abstractions;
using Sandbox.Identity.OpenIddict;
using static OpenIddict.Abstractions.OpenIddictExceptions;

namespace Sandbox.Identity.Tests.OpenIddict;

public abstract partial class OpenIddictStoreTests
{
    [Fact]
    public async Task Finds_scopes_by_name_names_and_resource()
    {
        var api = await CreateScopeAsync("api", "orders", "invoices");
        var reports = await CreateScopeAsync("reports", "invoices");
        await CreateScopeAsync("profile");
        var other = await NewNodeAsync();

        Assert.Equal(api, await other.Scopes.GetIdAsync((await other.Scopes.FindByNameAsync("api"))!));
        Assert.Null(await other.Scopes.FindByNameAsync("API"));
        var byNames = await IdsAsync(other.Scopes.FindByNamesAsync(["api", "reports", "missing"]), e => other.Scopes.GetIdAsync(e));
        // Ids made in the same millisecond have no defined order: compare both sides sorted.
        Assert.Equal(new[] { api, reports }.Order(StringComparer.Ordinal), byNames.Order(StringComparer.Ordinal));
        Assert.Equal([api], await IdsAsync(other.Scopes.FindByResourceAsync("orders"), e => other.Scopes.GetIdAsync(e)));
        var invoices = await IdsAsync(other.Scopes.FindByResourceAsync("invoices"), e => other.Scopes.GetIdAsync(e));
        Assert.Equal(new[] { api, reports }.Order(StringComparer.Ordinal), invoices.Order(StringComparer.Ordinal));
        Assert.Equal(3, await other.Scopes.CountAsync());
    }

    [Fact]
    public async Task A_taken_scope_name_is_refused_even_when_two_creates_race()
    {
        await CreateScopeAsync("api");
        await Assert.ThrowsAsync<ValidationException>(async () => await Node.Scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = "api" }));

        var stores = new[] { Node, await NewNodeAsync() }.Select(node => node.Get<IOpenIddictScopeStore<OidcScope>>()).ToArray();
        var outcomes = await Task.WhenAll(stores.Select(store => Outcome(() => store.CreateAsync(new OidcScope { Name = "race" }, default).AsTask())));

        Assert.Single(outcomes, outcome => outcome is null);
        Assert.IsType<ValidationException>(Assert.Single(outcomes.OfType<Exception>()));
        Assert.Equal(2, await Node.Scopes.CountAsync());
    }

    private async Task<string> CreateScopeAsync(string name, params string[] resources)
    {
        var descriptor = new OpenIddictScopeDescriptor { Name = name, DisplayName = "Scope " + name };
        descriptor.Resources.UnionWith(resources);
        return (await Node.Scopes.GetIdAsync(await Node.Scopes.CreateAsync(descriptor)))!;
    }
}
