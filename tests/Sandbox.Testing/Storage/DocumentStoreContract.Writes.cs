using System.Text.Json.Nodes;
using Sandbox.Storage.Errors;
using Xunit;

namespace Sandbox.Testing.Storage;

public abstract partial class DocumentStoreContract
{
    [Fact]
    public async Task Create_then_read_returns_the_same_document_and_an_etag()
    {
        var created = await Container.CreateAsync(Doc("t1", "a", label: "first"));

        var read = await Container.ReadAsync("t1", "a");

        Assert.NotNull(read);
        Assert.False(string.IsNullOrEmpty(created.ETag));
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal("first", read.Body["label"]!.GetValue<string>());
        Assert.Equal("NL", read.Body["profile"]!["country"]!.GetValue<string>());
        Assert.DoesNotContain(read.Body, p => p.Key.StartsWith('_'));
    }

    [Fact]
    public async Task ETags_are_quoted_entity_tags_that_http_answers_can_carry_as_they_are()
    {
        var created = await Container.CreateAsync(Doc("t1", "a", label: "first"));
        var replaced = await Container.ReplaceAsync(Doc("t1", "a", label: "second"), created.ETag);

        Assert.True(System.Net.Http.Headers.EntityTagHeaderValue.TryParse(created.ETag, out var tag) && !tag.IsWeak, created.ETag);
        Assert.True(System.Net.Http.Headers.EntityTagHeaderValue.TryParse(replaced.ETag, out _), replaced.ETag);
        Assert.NotEqual(created.ETag, replaced.ETag);
    }

    [Fact]
    public async Task Create_with_an_id_taken_in_the_partition_throws_conflict_and_keeps_the_original()
    {
        await Container.CreateAsync(Doc("t1", "a", label: "original"));

        var error = await Assert.ThrowsAsync<DocumentConflictException>(() => Container.CreateAsync(Doc("t1", "a", label: "intruder")));

        Assert.Equal("a", error.Id);
        Assert.Equal("original", (await Container.ReadAsync("t1", "a"))!.Body["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_id_in_two_partitions_is_two_documents()
    {
        await Container.CreateAsync(Doc("t1", "a", label: "one"));
        await Container.CreateAsync(Doc("t2", "a", label: "two"));

        Assert.Equal("one", (await Container.ReadAsync("t1", "a"))!.Body["label"]!.GetValue<string>());
        Assert.Equal("two", (await Container.ReadAsync("t2", "a"))!.Body["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Read_of_a_missing_document_returns_null()
    {
        await Container.CreateAsync(Doc("t1", "a"));

        Assert.Null(await Container.ReadAsync("t1", "missing"));
        Assert.Null(await Container.ReadAsync("other-tenant", "a"));
    }

    [Fact]
    public async Task Replace_with_the_current_etag_stores_the_new_version_under_a_new_etag()
    {
        var created = await Container.CreateAsync(Doc("t1", "a", status: "draft"));

        var replaced = await Container.ReplaceAsync(Doc("t1", "a", status: "submitted"), created.ETag);

        Assert.NotEqual(created.ETag, replaced.ETag);
        var read = await Container.ReadAsync("t1", "a");
        Assert.Equal("submitted", read!.Body["status"]!.GetValue<string>());
        Assert.Equal(replaced.ETag, read.ETag);
    }

    [Fact]
    public async Task Replace_with_a_stale_etag_throws_concurrency_and_keeps_the_stored_version()
    {
        var created = await Container.CreateAsync(Doc("t1", "a", status: "draft"));
        await Container.ReplaceAsync(Doc("t1", "a", status: "submitted"), created.ETag);

        await Assert.ThrowsAsync<DocumentConcurrencyException>(() => Container.ReplaceAsync(Doc("t1", "a", status: "withdrawn"), created.ETag));

        Assert.Equal("submitted", (await Container.ReadAsync("t1", "a"))!.Body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Replace_of_a_missing_document_throws_not_found()
    {
        await Assert.ThrowsAsync<DocumentNotFoundException>(() => Container.ReplaceAsync(Doc("t1", "nobody"), "\"some-etag\""));
    }

    [Fact]
    public async Task Two_writers_with_the_same_etag_exactly_one_wins()
    {
        var created = await Container.CreateAsync(Doc("t1", "a"));

        var writers = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => Container.ReplaceAsync(Doc("t1", "a", label: $"writer-{i}"), created.ETag)))
            .ToArray();
        var outcomes = await Task.WhenAll(writers.Select(async w =>
        {
            try
            {
                return (await w).Body["label"]!.GetValue<string>();
            }
            catch (DocumentConcurrencyException)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes, o => o is not null);
        Assert.Equal(winner, (await Container.ReadAsync("t1", "a"))!.Body["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upsert_creates_a_missing_document_then_overwrites_it_whatever_its_version()
    {
        var first = await Container.UpsertAsync(Doc("t1", "a", label: "v1"));
        var second = await Container.UpsertAsync(Doc("t1", "a", label: "v2"));

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("v2", (await Container.ReadAsync("t1", "a"))!.Body["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_with_the_current_etag_removes_the_document()
    {
        var created = await Container.CreateAsync(Doc("t1", "a"));

        Assert.True(await Container.DeleteAsync("t1", "a", created.ETag));

        Assert.Null(await Container.ReadAsync("t1", "a"));
        Assert.False(await Container.DeleteAsync("t1", "a"));
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_throws_concurrency_and_deletes_nothing()
    {
        var created = await Container.CreateAsync(Doc("t1", "a"));
        await Container.ReplaceAsync(Doc("t1", "a", label: "changed"), created.ETag);

        await Assert.ThrowsAsync<DocumentConcurrencyException>(() => Container.DeleteAsync("t1", "a", created.ETag));

        Assert.NotNull(await Container.ReadAsync("t1", "a"));
    }

    [Fact]
    public async Task Documents_without_id_or_partition_key_or_with_reserved_properties_are_refused()
    {
        var noId = Doc("t1", "a");
        noId.Remove("id");
        var noTenant = Doc("t1", "b");
        noTenant.Remove("tenant");
        var reserved = Doc("t1", "c");
        reserved["_rid"] = "x";
        var slashInId = Doc("t1", "d/e");

        foreach (var bad in new JsonObject[] { noId, noTenant, reserved, slashInId })
        {
            await Assert.ThrowsAsync<InvalidDocumentException>(() => Container.CreateAsync(bad));
        }

        Assert.Equal(0, await Container.CountAsync(Sandbox.Storage.Queries.DocumentQuery.AcrossPartitions()));
    }
}
