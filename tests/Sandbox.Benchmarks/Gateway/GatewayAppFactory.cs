extern alias web;

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Benchmarks.Workflows;
using Sandbox.Storage.Documents;

namespace Sandbox.Benchmarks.Gateway;

/// <summary>
/// The whole app (its own <c>Program</c>) on a loopback port, on a fresh embedded store: Development (plain HTTP on
/// loopback, as the tests run it), no demo seed, logs at Warning. OAuth keys are ephemeral (OpenIddict's: RSA-4096), or
/// with <paramref name="certificates"/> the production key source, <c>Certificates</c>, with two RSA-2048 PKCS#12 files
/// made for the run. The store is wrapped in a <see cref="TimedStore"/> so the run can say how many store calls a
/// gateway request costs.
/// </summary>
internal sealed class GatewayAppFactory : WebApplicationFactory<web::Program>
{
    private const string CertificatePassword = "gateway-load";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "sandbox-gateway-load", Guid.NewGuid().ToString("N"));
    private readonly bool _certificates;
    private TimedStore? _store;

    public GatewayAppFactory(bool certificates)
    {
        _certificates = certificates;
        Directory.CreateDirectory(_dataDirectory);
        UseKestrel(0);
    }

    public string KeySource => _certificates ? "Certificates (RSA-2048 PKCS#12 files)" : "Ephemeral (OpenIddict's RSA-4096 keys)";

    public TimedStore Store => _store ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>Where Kestrel listens, once <see cref="WebApplicationFactory{TEntryPoint}.StartServer"/> has run.</summary>
    public Uri Address
    {
        get
        {
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal), UriKind.Absolute);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // WebApplicationFactory looks for its content-root manifest in the working directory, which `dotnet run` leaves at the caller's.
        builder.UseContentRoot(Path.Combine(RepositoryPaths.Root, "src", "Sandbox.Web"));
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Storage:Sqlite:DataDirectory", _dataDirectory);
        if (_certificates)
        {
            builder.UseSetting("OAuth:KeySource", "Certificates");
            builder.UseSetting("OAuth:SigningCertificatePath", WriteCertificate("signing", X509KeyUsageFlags.DigitalSignature));
            builder.UseSetting("OAuth:SigningCertificatePassword", CertificatePassword);
            builder.UseSetting("OAuth:EncryptionCertificatePath", WriteCertificate("encryption", X509KeyUsageFlags.KeyEncipherment));
            builder.UseSetting("OAuth:EncryptionCertificatePassword", CertificatePassword);
        }
        else
        {
            builder.UseSetting("OAuth:KeySource", "Ephemeral");
        }

        builder.UseSetting("OAuth:AllowHttp", "true");
        builder.UseSetting("OAuth:AccessTokenLifetimeMinutes", "240");
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Seed:ScreeningList", string.Empty);
        builder.ConfigureTestServices(services =>
        {
            var registered = services.Last(d => d.ServiceType == typeof(IDocumentStore));
            services.Remove(registered);
            services.AddSingleton<IDocumentStore>(sp => _store = new TimedStore(Resolve(registered, sp)));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private string WriteCertificate(string name, X509KeyUsageFlags usage)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Sandbox gateway-load {name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(_dataDirectory, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, CertificatePassword));
        return path;
    }

    private static IDocumentStore Resolve(ServiceDescriptor registered, IServiceProvider services) =>
        (IDocumentStore)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
