// The query GraphiQL opens with: what was said about Central Asia, as in the founding TASS story.
export const exampleQuery = `# What did speakers say about Central Asia? (the seed article: Shoigu, TASS, Dushanbe, 28 July 2021)
query CentralAsia {
  statements(first: 10, filter: { regions: ["Central Asia"] }, orderBy: { field: SAID_ON, direction: ASC }) {
    totalCount
    edges {
      node {
        text
        kind
        saidOn
        speaker { name title }
        article { title source { name } dateline publishedAt url }
        places { name code }
        regions { name }
        quotation { reportCount sourceCount firstSaidOn }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
  timeline(filter: { regions: ["Central Asia"] }, bucket: MONTH) { start count }
}
`;
