import { graphql } from '../../gql';

// ---------------------------------------------------------------- contracts

export const ContractRowFragment = graphql(`
  fragment ContractRow on Contract {
    id
    number
    signedOn
    validTo
    signed
    status
    customer {
      id
      name
    }
    owner {
      id
      name
    }
    totals {
      total
    }
    received
    outstanding
  }
`);

export const ContractsListDocument = graphql(`
  query MoneyContracts($filter: ContractFilter, $orderBy: [ContractOrder!], $first: Int, $after: String) {
    contracts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...ContractRow
      }
    }
  }
`);

export const ContractMoneyDocument = graphql(`
  query MoneyContract($id: ID!) {
    contract(id: $id) {
      ...ContractRow
      validFrom
      version
      customer {
        level
      }
      lines {
        ...DocumentLineParts
      }
      totals {
        ...DocumentTotalsParts
      }
      instalments {
        id
        position
        dueDate
        amount
        received
        outstanding
      }
    }
  }
`);

export const CreateContractDocument = graphql(`
  mutation MoneyCreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
      number
    }
  }
`);

// ---------------------------------------------------------------- invoices

export const InvoiceRowFragment = graphql(`
  fragment InvoiceRow on Invoice {
    id
    number
    date
    dueDate
    status
    customer {
      id
      name
    }
    contract {
      id
      number
    }
    owner {
      id
      name
    }
    totals {
      total
    }
    received
    outstanding
  }
`);

export const InvoicesListDocument = graphql(`
  query MoneyInvoices($filter: InvoiceFilter, $orderBy: [InvoiceOrder!], $first: Int, $after: String) {
    invoices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...InvoiceRow
      }
    }
  }
`);

export const InvoiceMoneyDocument = graphql(`
  query MoneyInvoice($id: ID!) {
    invoice(id: $id) {
      ...InvoiceRow
      version
      buyerName
      buyerTaxCode
      buyerAddress
      cancelReason
      lines {
        ...DocumentLineParts
      }
      totals {
        ...DocumentTotalsParts
      }
    }
  }
`);

export const CreateInvoiceDocument = graphql(`
  mutation MoneyCreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      id
      number
    }
  }
`);

/** What issuing or cancelling an invoice changes: both answer with it to keep the screen current. */
export const InvoiceStateFragment = graphql(`
  fragment InvoiceState on Invoice {
    id
    status
    version
    received
    outstanding
    buyerName
    buyerTaxCode
    buyerAddress
    cancelReason
  }
`);

export const IssueInvoiceDocument = graphql(`
  mutation MoneyIssueInvoice($id: ID!, $version: Int!) {
    issueInvoice(id: $id, version: $version) {
      ...InvoiceState
    }
  }
`);

export const CancelInvoiceDocument = graphql(`
  mutation MoneyCancelInvoice($id: ID!, $version: Int!, $reason: String!) {
    cancelInvoice(id: $id, version: $version, reason: $reason) {
      ...InvoiceState
    }
  }
`);

/** A customer's invoices still owing: what a receipt can pay. */
/** What a customer's receipt may pay: open invoices, orders not yet paid, instalments of live contracts. */
export const PayableDocumentsDocument = graphql(`
  query MoneyPayableDocuments($customerId: ID!) {
    invoices(
      filter: { customerId: $customerId, unpaidOnly: true }
      orderBy: [{ field: DATE, direction: ASC }]
      first: 200
    ) {
      nodes {
        id
        number
        date
        outstanding
      }
    }
    orders(
      filter: {
        customerId: $customerId
        paymentStatuses: [UNPAID, PARTIAL]
        statuses: [NEW, PROCESSING, DELIVERED]
      }
      first: 200
    ) {
      nodes {
        id
        number
        date
        outstanding
      }
    }
    contracts(
      filter: { customerId: $customerId, statuses: [DRAFT, ACTIVE, COMPLETED, LIQUIDATED] }
      first: 200
    ) {
      nodes {
        id
        number
        instalments {
          id
          position
          dueDate
          outstanding
        }
      }
    }
  }
`);

// ---------------------------------------------------------------- receipts and debts
// The list: sales/api/receipts.ts, which the sales trash reads too.

export const ReceiptRowFragment = graphql(`
  fragment ReceiptRow on Receipt {
    id
    number
    date
    amount
    method
    note
    deletedAt
    customer {
      id
      name
    }
    owner {
      id
      name
    }
    allocations {
      id
      amount
      invoice {
        id
        number
      }
      order {
        id
        number
      }
      instalment {
        id
        position
        contractId
      }
    }
  }
`);

export const CreateReceiptDocument = graphql(`
  mutation MoneyCreateReceipt($input: CreateReceiptInput!) {
    createReceipt(input: $input) {
      id
      number
    }
  }
`);

/** One receipt for its page and its edit form: each document it pays, with what that still owes. */
export const ReceiptDocument = graphql(`
  query MoneyReceipt($id: ID!) {
    receipt(id: $id) {
      ...ReceiptRow
      version
      allocations {
        id
        invoice {
          id
          date
          outstanding
        }
        order {
          id
          date
          outstanding
        }
        instalment {
          id
          dueDate
          outstanding
        }
      }
    }
  }
`);

export const UpdateReceiptDocument = graphql(`
  mutation MoneyUpdateReceipt($id: ID!, $input: UpdateReceiptInput!) {
    updateReceipt(id: $id, input: $input) {
      ...ReceiptRow
      version
    }
  }
`);

/** Who changed a receipt and when (AUD-01), newest first. */
export const ReceiptHistoryDocument = graphql(`
  query MoneyReceiptHistory($recordId: String!) {
    auditLogs(filter: { recordId: $recordId }, first: 50) {
      nodes {
        id
        at
        description
        user {
          id
          name
        }
      }
    }
  }
`);

export const DeleteReceiptsDocument = graphql(`
  mutation MoneyDeleteReceipts($ids: [ID!]!) {
    deleteReceipts(ids: $ids)
  }
`);

export const DebtPartsFragment = graphql(`
  fragment DebtParts on Debt {
    invoiced
    received
    outstanding
    overdue
    buckets {
      label
      amount
    }
  }
`);

export const DebtsDocument = graphql(`
  query MoneyDebts($filter: DebtFilter, $first: Int, $after: String) {
    debts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        customer {
          id
          code
          name
        }
        ...DebtParts
      }
    }
  }
`);

export const CustomerDebtDocument = graphql(`
  query MoneyCustomerDebt($customerId: ID!) {
    customerDebt(customerId: $customerId) {
      ...DebtParts
    }
  }
`);

// ---------------------------------------------------------------- orders
// The list: sales/api/orders.ts, which the sales trash reads too.

export const OrderRowFragment = graphql(`
  fragment OrderRow on Order {
    id
    number
    date
    deliveryDate
    status
    paymentStatus
    deletedAt
    customer {
      id
      name
    }
    owner {
      id
      name
    }
    totals {
      total
    }
    received
    outstanding
  }
`);

/** An order as its screens show it; an update answers with the same. */
export const OrderMoneyFragment = graphql(`
  fragment OrderMoney on Order {
    ...OrderRow
    deliveryAddress
    notes
    version
    customer {
      level
    }
    contact {
      id
      name
    }
    quote {
      id
      number
    }
    contract {
      id
      number
    }
    lines {
      ...DocumentLineParts
    }
    totals {
      ...DocumentTotalsParts
    }
  }
`);

export const OrderMoneyDocument = graphql(`
  query MoneyOrder($id: ID!) {
    order(id: $id) {
      ...OrderMoney
    }
  }
`);

export const CreateOrderDocument = graphql(`
  mutation MoneyCreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
      number
    }
  }
`);

export const UpdateOrderDocument = graphql(`
  mutation MoneyUpdateOrder($id: ID!, $input: UpdateOrderInput!) {
    updateOrder(id: $id, input: $input) {
      ...OrderMoney
    }
  }
`);

export const DeleteOrdersDocument = graphql(`
  mutation MoneyDeleteOrders($ids: [ID!]!) {
    deleteOrders(ids: $ids)
  }
`);
