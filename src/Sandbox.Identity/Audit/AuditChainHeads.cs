using Microsoft.Extensions.Logging;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Identity.Audit;

/// <summary>
/// Chain heads: moved forward after each append (never back: the highest sequence wins, whichever node writes
/// last), best effort — a failed head update is logged and the next append repairs it.
/// </summary>
internal sealed partial class AuditChainHeads(DocumentSet<AuditChainHead> heads, TimeProvider time, ILogger logger)
{
    private const int MaxAttempts = 5;

    public async Task AdvanceAsync(AuditChainState state)
    {
        try
        {
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                if (await TryAdvanceAsync(state))
                {
                    return;
                }
            }

            LogHeadNotUpdated(logger, state.Chain, state.Sequence, "too many concurrent updates");
        }
        catch (DocumentStoreException ex)
        {
            state.HeadETag = null;
            LogHeadNotUpdated(logger, state.Chain, state.Sequence, ex.Message);
        }
    }

    private async Task<bool> TryAdvanceAsync(AuditChainState state)
    {
        var head = new AuditChainHead(state.Chain, AuditChains.Day(state.Day), state.Sequence, state.Hash, time.GetUtcNow());
        try
        {
            if (state.HeadETag is null)
            {
                var stored = await heads.ReadAsync(head.Day, head.Id);
                if (stored is null)
                {
                    state.HeadETag = (await heads.CreateAsync(head)).ETag;
                    return true;
                }

                if (stored.Value.Sequence >= head.Sequence)
                {
                    return true;
                }

                state.HeadETag = stored.ETag;
            }

            state.HeadETag = (await heads.ReplaceAsync(head, state.HeadETag)).ETag;
            return true;
        }
        catch (Exception ex) when (ex is DocumentConflictException or DocumentConcurrencyException or DocumentNotFoundException)
        {
            // Another node moved the head (or it vanished): read it again and move it only if it is behind.
            state.HeadETag = null;
            return false;
        }
    }

    [LoggerMessage(LogLevel.Warning, "The head of audit chain {Chain} was not moved to {Sequence}: {Reason}. The next append moves it.")]
    private static partial void LogHeadNotUpdated(ILogger logger, string chain, long sequence, string reason);
}
