using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Sandbox.Testing.Web;

namespace Sandbox.Web.Tests;

/// <summary>Production keys come from PKCS#12 files named in configuration; without them the app refuses to start.</summary>
public sealed class CertificateKeysTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sandbox-certificates", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Sqlite_production_signs_with_the_configured_certificate()
    {
        Directory.CreateDirectory(_folder);
        var signing = WriteCertificate("signing.pfx", X509KeyUsageFlags.DigitalSignature);
        var encryption = WriteCertificate("encryption.pfx", X509KeyUsageFlags.KeyEncipherment);
        await using var app = WebAppProcess.Start(Production(new()
        {
            ["OAuth__SigningCertificatePath"] = signing.Path,
            ["OAuth__SigningCertificatePassword"] = "pfx-password",
            ["OAuth__EncryptionCertificatePath"] = encryption.Path,
            ["OAuth__EncryptionCertificatePassword"] = "pfx-password",
        }));
        var address = await app.WaitUntilListeningAsync(TimeSpan.FromSeconds(60));
        using var http = new HttpClient { BaseAddress = address };

        using var jwks = JsonDocument.Parse(await http.GetStringAsync(new Uri("/.well-known/jwks", UriKind.Relative)));

        var thumbprints = jwks.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("x5t").GetString());
        Assert.Contains(Base64Url(signing.Thumbprint), thumbprints);
    }

    [Fact]
    public async Task Sqlite_production_without_certificates_stops_start_up_naming_the_setting()
    {
        await using var app = WebAppProcess.Start(Production([]));

        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(Hosting.StartupFailure.ExitCode, exitCode);
        Assert.Contains("OAuth:SigningCertificatePath must name a PKCS#12 (.pfx) file", app.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Dictionary<string, string> Production(Dictionary<string, string> settings)
    {
        settings["ASPNETCORE_ENVIRONMENT"] = "Production";
        settings["OAuth__KeySource"] = "Certificates";
        settings["OAuth__AllowHttp"] = "true";
        settings["Storage__Sqlite__DataDirectory"] = Path.Combine(_folder, "data");
        return settings;
    }

    private (string Path, byte[] Thumbprint) WriteCertificate(string name, X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Sandbox test " + name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = System.IO.Path.Combine(_folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        return (path, certificate.GetCertHash());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
