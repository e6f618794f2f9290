using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;
using Xunit;

namespace Sandbox.Testing.Storage;

public abstract partial class DocumentStoreContract
{
    [Fact]
    public async Task Equality_filter_returns_only_matching_documents()
    {
        await SeedAsync("t1", 6, i => i % 3 == 0 ? "approved" : "draft");

        var page = await Container.QueryAsync(DocumentQuery.InPartition("t1").Where(QueryFilter.Equal("status", "approved")));

        Assert.Equal(["t1-000", "t1-003"], Ids(page.Documents).Order());
    }

    [Fact]
    public async Task In_filter_and_not_equal_filter_select_by_set_membership()
    {
        await SeedAsync("t1", 6, i => new[] { "draft", "submitted", "approved" }[i % 3]);

        var inSet = await Container.QueryAsync(DocumentQuery.InPartition("t1").Where(QueryFilter.In("status", "submitted", "approved")));
        var notDraft = await Container.QueryAsync(DocumentQuery.InPartition("t1").Where(QueryFilter.NotEqual("status", "draft")));

        Assert.Equal(["t1-001", "t1-002", "t1-004", "t1-005"], Ids(inSet.Documents).Order());
        Assert.Equal(Ids(inSet.Documents).Order(), Ids(notDraft.Documents).Order());
    }

    [Fact]
    public async Task Range_filters_on_numbers_and_dates_are_inclusive_or_exclusive_as_asked()
    {
        await SeedAsync("t1", 10);

        var numbers = await Container.QueryAsync(DocumentQuery.InPartition("t1")
            .Where(QueryFilter.AtLeast("score", 3)).Where(QueryFilter.LessThan("score", 6)));
        var dates = await Container.QueryAsync(DocumentQuery.InPartition("t1")
            .Where(QueryFilter.GreaterThan("createdAt", ContractDocuments.Day(7))).Where(QueryFilter.AtMost("createdAt", ContractDocuments.Day(9))));

        Assert.Equal(["t1-003", "t1-004", "t1-005"], Ids(numbers.Documents).Order());
        Assert.Equal(["t1-008", "t1-009"], Ids(dates.Documents).Order());
    }

    [Fact]
    public async Task Filters_reach_nested_fields_and_fields_named_like_keywords()
    {
        await SeedAsync("t1", 4);

        var nested = await Container.QueryAsync(DocumentQuery.InPartition("t1").Where(QueryFilter.Equal("profile.country", "DE")));
        var keyword = await Container.QueryAsync(DocumentQuery.InPartition("t1").Where(QueryFilter.Equal("value", 20)));

        Assert.Equal(["t1-001", "t1-003"], Ids(nested.Documents).Order());
        Assert.Equal(["t1-002"], Ids(keyword.Documents));
    }

    [Fact]
    public async Task Array_contains_filter_matches_documents_whose_array_holds_the_value()
    {
        await SeedAsync("t1", 7);

        var thirds = await Container.QueryAsync(DocumentQuery.InPartition("t1").Where(QueryFilter.ArrayContains("tags", "third")));
        var none = await Container.CountAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.ArrayContains("tags", "thi")));

        Assert.Equal(["t1-000", "t1-003", "t1-006"], Ids(thirds.Documents).Order());
        Assert.Equal(0, none);
        await Assert.ThrowsAsync<InvalidQueryException>(() => Container.QueryAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.ArrayContains("id", "x"))));
    }

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("\"quoted\"")]
    [InlineData("x' OR '1'='1")]
    [InlineData("back\\slash")]
    [InlineData("50% -- /* comment */ ;")]
    [InlineData("{\"$gt\": \"\"}")]
    [InlineData("Łódź — 北京 — مرحبا")]
    public async Task Parameter_values_with_quotes_and_metacharacters_match_exactly_and_nothing_else(string label)
    {
        await Container.CreateAsync(Doc("t1", "target", label: label));
        await Container.CreateAsync(Doc("t1", "decoy", label: "plain"));

        var page = await Container.QueryAsync(DocumentQuery.InPartition("t1").Where(QueryFilter.Equal("label", label)));

        var found = Assert.Single(page.Documents);
        Assert.Equal(label, found.Body["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_scoped_to_one_partition_never_returns_another_partitions_documents()
    {
        await SeedAsync("tenant-a", 5);
        await SeedAsync("tenant-b", 5);

        var scoped = await ReadAllAsync(DocumentQuery.InPartition("tenant-a").Take(2));
        var across = await ReadAllAsync(DocumentQuery.AcrossPartitions().Take(4));

        Assert.Equal(5, scoped.Count);
        Assert.All(scoped, d => Assert.Equal("tenant-a", d.PartitionKey));
        Assert.Equal(10, across.Count);
        Assert.Equal(5, await Container.CountAsync(DocumentQuery.InPartition("tenant-b")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Pages_follow_the_continuation_token_and_cover_every_match_once_in_order(bool descending)
    {
        await SeedAsync("tenant-a", 6);
        await SeedAsync("tenant-b", 5);
        var order = descending ? SortOrder.DescendingBy("score") : SortOrder.Ascending("score");

        var pages = await ReadPagesAsync(DocumentQuery.AcrossPartitions().Sorted(order).Take(3));

        var documents = pages.SelectMany(p => p).ToList();
        Assert.All(pages, p => Assert.InRange(p.Count, 0, 3));
        Assert.Equal(4, pages.Count(p => p.Count > 0));
        Assert.Equal(11, documents.Select(d => (d.PartitionKey, d.Id)).Distinct().Count());
        var scores = documents.Select(d => d.Body["score"]!.GetValue<long>()).ToList();
        Assert.Equal(descending ? scores.OrderDescending() : scores.Order(), scores);
    }

    [Fact]
    public async Task Count_applies_the_filters_within_a_partition_and_across_partitions()
    {
        await SeedAsync("tenant-a", 7, i => i < 4 ? "approved" : "draft");
        await SeedAsync("tenant-b", 3, _ => "approved");

        Assert.Equal(4, await Container.CountAsync(DocumentQuery.InPartition("tenant-a").Where(QueryFilter.Equal("status", "approved"))));
        Assert.Equal(7, await Container.CountAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("status", "approved"))));
        Assert.Equal(10, await Container.CountAsync(DocumentQuery.AcrossPartitions()));
        Assert.Equal(0, await Container.CountAsync(DocumentQuery.InPartition("nobody")));
    }

    [Fact]
    public async Task Undeclared_fields_bad_page_sizes_and_null_values_are_refused()
    {
        await Assert.ThrowsAsync<InvalidQueryException>(() => Container.QueryAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("secret", "x"))));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Container.QueryAsync(DocumentQuery.AcrossPartitions().Sorted(SortOrder.Ascending("secret"))));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Container.QueryAsync(DocumentQuery.AcrossPartitions().Take(0)));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Container.QueryAsync(DocumentQuery.AcrossPartitions().Take(DocumentQuery.MaxPageSize + 1)));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Container.CountAsync(DocumentQuery.AcrossPartitions().Where(new QueryFilter(FieldPath.Parse("status"), FilterOperator.Equal, [null!]))));
        Assert.Throws<ArgumentException>(() => QueryFilter.Equal("status') OR 1=1 --", "x"));
    }

    [Fact]
    public async Task A_continuation_token_from_another_query_or_tampered_with_is_refused()
    {
        await SeedAsync("t1", 5);
        var first = await Container.QueryAsync(DocumentQuery.InPartition("t1").Take(2));
        Assert.NotNull(first.ContinuationToken);

        var otherQuery = DocumentQuery.InPartition("t1").Where(QueryFilter.Equal("status", "draft")).Take(2).After(first.ContinuationToken);
        await Assert.ThrowsAsync<InvalidQueryException>(() => Container.QueryAsync(otherQuery));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Container.QueryAsync(DocumentQuery.InPartition("t1").After("not-a-token!")));
    }

    protected async Task<List<StoredDocument>> ReadAllAsync(DocumentQuery query) =>
        (await ReadPagesAsync(query)).SelectMany(p => p).ToList();

    protected async Task<List<IReadOnlyList<StoredDocument>>> ReadPagesAsync(DocumentQuery query)
    {
        var pages = new List<IReadOnlyList<StoredDocument>>();
        string? token = null;
        do
        {
            var page = await Container.QueryAsync(query.After(token));
            pages.Add(page.Documents);
            token = page.ContinuationToken;
            Assert.True(pages.Count < 100, "The continuation tokens never ended.");
        }
        while (token is not null);

        return pages;
    }

    private static IEnumerable<string> Ids(IEnumerable<StoredDocument> documents) => documents.Select(d => d.Id);
}
