using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;
using Xunit;

namespace Sandbox.Testing.Storage;

public abstract partial class DocumentStoreContract
{
    [Fact]
    public async Task A_document_past_its_time_to_live_is_never_returned_and_its_id_is_free_again()
    {
        await Container.CreateAsync(Doc("t1", "short"), new WriteOptions { TimeToLive = TimeSpan.FromSeconds(1) });
        await Container.CreateAsync(Doc("t1", "kept"));
        Assert.NotNull(await Container.ReadAsync("t1", "short"));

        await LetTimePassAsync(TimeSpan.FromSeconds(3));

        Assert.Null(await Container.ReadAsync("t1", "short"));
        Assert.Equal(["kept"], (await ReadAllAsync(DocumentQuery.InPartition("t1"))).Select(d => d.Id));
        Assert.Equal(1, await Container.CountAsync(DocumentQuery.AcrossPartitions()));
        await Container.CreateAsync(Doc("t1", "short", label: "reborn"));
        Assert.Equal("reborn", (await Container.ReadAsync("t1", "short"))!.Body["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_container_default_time_to_live_applies_unless_a_document_opts_out()
    {
        Container = await NewContainerAsync(defaultTimeToLive: TimeSpan.FromSeconds(1));
        await Container.CreateAsync(Doc("t1", "default"));
        await Container.CreateAsync(Doc("t1", "forever"), new WriteOptions { TimeToLive = Timeout.InfiniteTimeSpan });

        await LetTimePassAsync(TimeSpan.FromSeconds(3));

        Assert.Null(await Container.ReadAsync("t1", "default"));
        Assert.NotNull(await Container.ReadAsync("t1", "forever"));
    }
}
