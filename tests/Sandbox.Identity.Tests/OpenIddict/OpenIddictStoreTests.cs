using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;
using Sandbox.Storage.Documents;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.Tests.OpenIddict;

/// <summary>
/// The OpenIddict stores, driven through OpenIddict's own managers on a real store. Each provider's
/// class derives from this one unchanged, so every result names its provider.
/// </summary>
public abstract partial class OpenIddictStoreTests : IAsyncLifetime
{
    private readonly List<OpenIddictNode> _nodes = [];

    /// <summary>The clock of the managers and the stores; it starts at the real time, which Cosmos's TTL counts on.</summary>
    protected FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    protected IDocumentStore Store { get; private set; } = null!;

    /// <summary>The first node; tests that need a second one (concurrency, uncached reads) start it with <see cref="NewNodeAsync"/>.</summary>
    protected OpenIddictNode Node { get; private set; } = null!;

    protected DateTimeOffset Now => Time.GetUtcNow();

    public async Task InitializeAsync()
    {
        Store = CreateStore();
        Node = await NewNodeAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        (Store as IDisposable)?.Dispose();
    }

    protected abstract IDocumentStore CreateStore();

    protected async Task<OpenIddictNode> NewNodeAsync()
    {
        var node = await OpenIddictNode.StartAsync(Store, Time);
        _nodes.Add(node);
        return node;
    }

    protected async Task<JsonObject?> ReadRawAsync(ContainerDefinition container, string id) =>
        (await Store.GetContainer(container.Name).ReadAsync(id, id))?.Body;

    protected static OpenIddictApplicationDescriptor Client(string clientId, string? redirectUri = null, string? secret = null)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = secret is null ? ClientTypes.Public : ClientTypes.Confidential,
            DisplayName = "Client " + clientId,
            Permissions = { Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode },
        };
        if (redirectUri is not null)
        {
            descriptor.RedirectUris.Add(new Uri(redirectUri));
        }

        return descriptor;
    }

    protected async Task<string> CreateClientAsync(string clientId, string? redirectUri = null)
    {
        var application = await Node.Applications.CreateAsync(Client(clientId, redirectUri));
        return (await Node.Applications.GetIdAsync(application))!;
    }

    protected async Task<string> CreateAuthorizationAsync(
        string applicationId, string subject, string status = Statuses.Valid, string type = AuthorizationTypes.Permanent,
        DateTimeOffset? createdAt = null, params string[] scopes)
    {
        var descriptor = new OpenIddictAuthorizationDescriptor
        {
            ApplicationId = applicationId,
            Subject = subject,
            Status = status,
            Type = type,
            CreationDate = createdAt ?? Now,
        };
        descriptor.Scopes.UnionWith(scopes);
        return (await Node.Authorizations.GetIdAsync(await Node.Authorizations.CreateAsync(descriptor)))!;
    }

    protected async Task<string> CreateTokenAsync(
        string applicationId, string? authorizationId, string status = Statuses.Valid, DateTimeOffset? createdAt = null,
        DateTimeOffset? expiresAt = null, string? referenceId = null, string subject = "alice")
    {
        var created = createdAt ?? Now;
        var token = await Node.Tokens.CreateAsync(new OpenIddictTokenDescriptor
        {
            ApplicationId = applicationId,
            AuthorizationId = authorizationId,
            Subject = subject,
            Status = status,
            Type = TokenTypeHints.RefreshToken,
            CreationDate = created,
            ExpirationDate = expiresAt ?? created.AddHours(1),
            ReferenceId = referenceId,
            Payload = "payload",
        });
        return (await Node.Tokens.GetIdAsync(token))!;
    }

    protected static async Task<List<string>> IdsAsync(IAsyncEnumerable<object> entities, Func<object, ValueTask<string?>> id)
    {
        var ids = new List<string>();
        await foreach (var entity in entities)
        {
            ids.Add((await id(entity))!);
        }

        return ids;
    }
}
