import { graphql } from '../../../gql';

export const ProductRowFragment = graphql(`
  fragment ProductRow on Product {
    id
    code
    name
    kind
    unit
    price
    vatRate
    active
    description
    version
    createdAt
    deletedAt
    group {
      id
      name
    }
    owner {
      id
      name
    }
  }
`);

export const OpportunityRowFragment = graphql(`
  fragment OpportunityRow on Opportunity {
    id
    code
    name
    stage
    probability
    expectedValue
    expectedCloseDate
    lostReason
    version
    createdAt
    deletedAt
    customer {
      id
      code
      name
    }
    owner {
      id
      name
    }
  }
`);

export const DocumentTotalsPartsFragment = graphql(`
  fragment DocumentTotalsParts on DocumentTotals {
    amount
    discount
    vat
    total
    inWords
    vatByRate {
      rate
      base
      vat
    }
  }
`);

export const DocumentLinePartsFragment = graphql(`
  fragment DocumentLineParts on DocumentLine {
    id
    position
    productName
    unit
    quantity
    unitPrice
    discountPercent
    discountAmount
    vatRate
    amount
    discount
    vat
    total
    product {
      id
      code
    }
  }
`);

export const QuoteRowFragment = graphql(`
  fragment QuoteRow on Quote {
    id
    number
    date
    validUntil
    status
    version
    customer {
      id
      code
      name
    }
    owner {
      id
      name
    }
    totals {
      total
    }
    deletedAt
  }
`);

export const QuoteDetailFragment = graphql(`
  fragment QuoteDetail on Quote {
    ...QuoteRow
    terms
    contact {
      id
      name
    }
    opportunity {
      id
      code
      name
    }
    lines {
      ...DocumentLineParts
    }
    totals {
      ...DocumentTotalsParts
    }
    convertedTo {
      __typename
      ... on Order {
        id
        number
      }
      ... on Contract {
        id
        number
      }
      ... on Invoice {
        id
        number
      }
    }
  }
`);
