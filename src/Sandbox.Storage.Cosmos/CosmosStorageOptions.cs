using System.ComponentModel.DataAnnotations;

namespace Sandbox.Storage.Cosmos;

/// <summary>
/// How to reach the Cosmos DB account: a connection string, or an endpoint and key. The same
/// settings serve a real account and the official emulator.
/// </summary>
public sealed class CosmosStorageOptions : IValidatableObject
{
    public const string Section = "Storage:Cosmos";

    public string? ConnectionString { get; set; }

    public string? Endpoint { get; set; }

    public string? Key { get; set; }

    [Required]
    [RegularExpression("^[A-Za-z0-9-]{1,255}$", ErrorMessage = "Storage:Cosmos:Database must be letters, digits and '-'.")]
    public string Database { get; set; } = "sandbox";

    /// <summary>Gateway (HTTPS, the default: one port, works everywhere) or Direct (TCP, lower latency on a real account).</summary>
    [RegularExpression("^(Gateway|Direct)$", ErrorMessage = "Storage:Cosmos:ConnectionMode must be 'Gateway' or 'Direct'.")]
    public string ConnectionMode { get; set; } = "Gateway";

    /// <summary>How often the SDK retries a request answered 429 (rate limited) before giving up.</summary>
    [Range(0, 100)]
    public int MaxRetryAttemptsOnRateLimitedRequests { get; set; } = 9;

    [Range(1, 300)]
    public int MaxRetryWaitSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        var hasEndpoint = !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Key);
        if (hasConnectionString == hasEndpoint)
        {
            yield return new ValidationResult(
                "Set either Storage:Cosmos:ConnectionString, or both Storage:Cosmos:Endpoint and Storage:Cosmos:Key.",
                [nameof(ConnectionString), nameof(Endpoint), nameof(Key)]);
        }

        if (!string.IsNullOrWhiteSpace(Endpoint) && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"Storage:Cosmos:Endpoint '{Endpoint}' is not an absolute URL.", [nameof(Endpoint)]);
        }
    }
}
