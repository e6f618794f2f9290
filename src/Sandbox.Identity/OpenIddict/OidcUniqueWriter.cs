using Sandbox.Storage.Documents;
using static OpenIddict.Abstractions.OpenIddictExceptions;
using ValidationResult = System.ComponentModel.DataAnnotations.ValidationResult;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// Creates, updates and deletes documents that hold a unique value, following the claim protocol of
/// <see cref="OidcUniqueKeys"/>: claim the value, write the document, confirm the claim. Whatever
/// fails on the way is undone, so no claim outlives a failed write (a crash leaves one that the
/// next claimant may take over once its lease has run out).
/// </summary>
internal sealed class OidcUniqueWriter<T>(DocumentSet<T> set, OidcUniqueKeys keys, string kind, Func<string, string> duplicateMessage)
    where T : OidcUniqueDocument
{
    public async ValueTask CreateAsync(T document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var claim = await ClaimAsync(document, cancellationToken);
        try
        {
            await set.InsertAsync(document, options: null, cancellationToken);
        }
        catch (Exception ex) when (ex is not ConcurrencyException)
        {
            // Not on ConcurrencyException: the id is taken by an existing document, and so is the claim.
            await ReleaseAsync(claim, document.Id);
            throw;
        }

        if (claim is not null && !await keys.ConfirmAsync(claim.Value.Key, cancellationToken))
        {
            await set.DeleteAsync(document.Id, document.Id, document.ETag, CancellationToken.None);
            throw Duplicate(claim.Value.Value);
        }
    }

    public async ValueTask UpdateAsync(T document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var previous = document.StoredUniqueValue;
        var claim = document.UniqueValue == previous ? null : await ClaimAsync(document, cancellationToken);
        try
        {
            await set.UpdateAsync(document, options: null, cancellationToken);
        }
        catch
        {
            await ReleaseAsync(claim, document.Id);
            throw;
        }

        if (claim is not null && !await keys.ConfirmAsync(claim.Value.Key, cancellationToken))
        {
            // The claim outlived its lease and was taken over: put the previous value back.
            document.UniqueValue = previous;
            await set.UpdateAsync(document, options: null, CancellationToken.None);
            throw Duplicate(claim.Value.Value);
        }

        if (!string.IsNullOrEmpty(previous) && previous != document.UniqueValue)
        {
            await keys.ReleaseAsync(OidcUniqueKey.Derive(kind, previous), document.Id, cancellationToken);
        }
    }

    public async ValueTask DeleteAsync(T document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await set.RemoveAsync(document, cancellationToken);
        if (!string.IsNullOrEmpty(document.StoredUniqueValue))
        {
            await keys.ReleaseAsync(OidcUniqueKey.Derive(kind, document.StoredUniqueValue), document.Id, cancellationToken);
        }
    }

    /// <summary>Two point reads: the key names the owner, and the owner must still hold the value.</summary>
    public async ValueTask<T?> FindAsync(string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var owner = await keys.OwnerAsync(OidcUniqueKey.Derive(kind, value), cancellationToken);
        var document = owner is null ? null : await set.FindAsync(owner, cancellationToken);
        return document?.UniqueValue == value ? document : null;
    }

    private async Task<(Versioned<OidcUniqueKey> Key, string Value)?> ClaimAsync(T document, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(document.UniqueValue))
        {
            return null;
        }

        var value = document.UniqueValue;
        var key = await keys.ClaimAsync(OidcUniqueKey.Derive(kind, value), document.Id, HoldsAsync, cancellationToken);
        return key is null ? throw Duplicate(value) : (key, value);

        async Task<bool> HoldsAsync(string ownerId, CancellationToken token) =>
            (await set.FindAsync(ownerId, token))?.UniqueValue == value;
    }

    private async Task ReleaseAsync((Versioned<OidcUniqueKey> Key, string Value)? claim, string ownerId)
    {
        if (claim is not null)
        {
            await keys.ReleaseAsync(claim.Value.Key.Value.Id, ownerId, CancellationToken.None);
        }
    }

    private ValidationException Duplicate(string value)
    {
        var message = duplicateMessage(value);
        return new ValidationException(message, [new ValidationResult(message)]);
    }
}
