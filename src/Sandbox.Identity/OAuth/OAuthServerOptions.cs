using System.ComponentModel.DataAnnotations;

namespace Sandbox.Identity.OAuth;

/// <summary>Settings of the OAuth 2.0 / OpenID Connect server (section <c>OAuth</c>).</summary>
public sealed class OAuthServerOptions : IValidatableObject
{
    public const string Section = "OAuth";

    public OAuthKeySource KeySource { get; set; } = OAuthKeySource.Certificates;

    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }

    /// <summary>Accept plain HTTP: only for loopback development and tests.</summary>
    public bool AllowHttp { get; set; }

    [Range(1, 1440)]
    public int AccessTokenLifetimeMinutes { get; set; } = 20;

    [Range(1, 720)]
    public int RefreshTokenLifetimeHours { get; set; } = 8;

    [Range(1, 10)]
    public int AuthorizationCodeLifetimeMinutes { get; set; } = 2;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KeySource != OAuthKeySource.Certificates)
        {
            yield break;
        }

        foreach (var (path, name) in new[] { (SigningCertificatePath, nameof(SigningCertificatePath)), (EncryptionCertificatePath, nameof(EncryptionCertificatePath)) })
        {
            if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
            {
                yield return new ValidationResult(
                    $"OAuth:{name} must name a PKCS#12 (.pfx) file that exists (it is '{path}'), or set OAuth:KeySource to Development outside production.",
                    [name]);
            }
        }
    }
}
