using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Screening;

/// <summary>
/// Holds a list's <see cref="ScreeningListLock"/> for one import. Acquiring creates the lock document (the store's
/// create conflict makes one winner) or takes over an expired one with its ETag; renewing and releasing also carry
/// the ETag, so an import whose lock was taken over stops instead of writing beside another.
/// </summary>
internal sealed class ScreeningListLease : IAsyncDisposable
{
    private readonly DocumentSet<ScreeningListLock> _locks;
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private Versioned<ScreeningListLock> _held;

    private ScreeningListLease(DocumentSet<ScreeningListLock> locks, TimeProvider time, TimeSpan duration, Versioned<ScreeningListLock> held)
    {
        _locks = locks;
        _time = time;
        _duration = duration;
        _held = held;
    }

    public static async Task<ScreeningListLease> AcquireAsync(
        DocumentSet<ScreeningListLock> locks, string list, string importId, string by, TimeProvider time, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var wanted = new ScreeningListLock(ScreeningListLock.IdFor(list), list, importId, by, now, now + duration);
        try
        {
            return new(locks, time, duration, await locks.CreateAsync(wanted, cancellationToken: cancellationToken));
        }
        catch (DocumentConflictException)
        {
            var current = await locks.ReadAsync(wanted.Id, wanted.Id, cancellationToken);
            if (current is not null && current.Value.ExpiresAt > now)
            {
                throw InProgress(current.Value);
            }

            try
            {
                var taken = current is null
                    ? await locks.CreateAsync(wanted, cancellationToken: cancellationToken)
                    : await locks.ReplaceAsync(wanted, current.ETag, cancellationToken: cancellationToken);
                return new(locks, time, duration, taken);
            }
            catch (Exception ex) when (ex is DocumentConflictException or DocumentConcurrencyException or DocumentNotFoundException)
            {
                var winner = await locks.ReadAsync(wanted.Id, wanted.Id, cancellationToken);
                throw winner is null
                    ? new ScreeningImportRefusedException($"Another import of '{list}' took its lock at the same moment; try again.")
                    : InProgress(winner.Value);
            }
        }
    }

    /// <summary>Extends the lock once a third of its duration has passed; thread-safe.</summary>
    public async Task RenewIfDueAsync(CancellationToken cancellationToken)
    {
        if (_time.GetUtcNow() < _held.Value.ExpiresAt - (_duration * 2 / 3))
        {
            return;
        }

        await _renewal.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            if (now < _held.Value.ExpiresAt - (_duration * 2 / 3))
            {
                return;
            }

            try
            {
                _held = await _locks.ReplaceAsync(_held.Value with { ExpiresAt = now + _duration }, _held.ETag, cancellationToken: cancellationToken);
            }
            catch (Exception ex) when (ex is DocumentConcurrencyException or DocumentNotFoundException)
            {
                throw new ScreeningImportRefusedException(
                    $"The import of '{_held.Value.List}' lost its lock (it outlasted {_duration.TotalMinutes:0} minutes without renewal and another import took over); the list may be partly updated: import the file again.");
            }
        }
        finally
        {
            _renewal.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _locks.DeleteAsync(_held.Value.Id, _held.Value.Id, _held.ETag);
        }
        catch (DocumentConcurrencyException)
        {
            // Taken over by another import: it is that import's lock now.
        }

        _renewal.Dispose();
    }

    private static ScreeningImportRefusedException InProgress(ScreeningListLock held) => new(
        $"An import of '{held.List}' by {held.HeldBy} started at {held.AcquiredAt:u} is still running (its lock lasts until {held.ExpiresAt:u}); try again when it has finished.");
}
