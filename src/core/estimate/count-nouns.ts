/**
 * The things system designers count. Each line is one dimension; the words on a line are
 * synonyms that add and convert freely (`3 servers + 2 machines` is 5 servers). Words on
 * different lines are different dimensions: `1 request + 1 comment` is an error, because
 * relating them needs a ratio (`3 requests/comment`).
 *
 * Why these groups:
 * - machine, server, node, host, instance, box: in capacity maths they all mean "one box
 *   that runs the service"; tiers are sized as load / load per machine, whatever the word.
 * - request, query, call, transaction: QPS, RPS and TPS are used interchangeably for "work
 *   items per second" and must convert into each other.
 * - read and write stay apart from request and from each other: `100 reads/write` is a
 *   ratio that must not cancel into a plain 100.
 * - user, DAU, MAU: a DAU figure is a number of users, so `100 million DAU * 16 B/user` works.
 * Anything else after a number becomes a new count (`3 bathtubs/house`).
 */
import { lookup } from './lookup'

export interface CountNoun {
  /** the dimension: the first word of its line */
  key: string
  singular: string
  plural: string
}

// One dimension per line; singular forms; plurals follow the usual rules (inflect.ts).
const GROUPS = `
machine server node host instance box
dollar USD
request req query call transaction txn
read
write
user DAU MAU
message msg
event
comment
post
item
object obj
file
photo image picture
video
tweet
connection conn
record row
key
page
view pageview
click
session
order
payment
notification
shard
partition
replica
disk drive
core vCPU
vnode
timeline
attempt
retry
task
job
token
document doc
operation op
like
share
follower
follow
vote
note
song
track
ad
impression
bid
ride
trip
driver
rider
seat
ticket
booking
room
product
cart
search
result
link
url
thumbnail
chunk
block
packet
frame
segment
sample
metric
log
line
span
trace
alert
batch
lock
lease
bucket
slot
device
sensor
reading
channel
group
member
account
tenant
customer
merchant
location
update
change
commit
build
deploy
container
pod
cluster
region
zone
datacenter
rack
worker
thread
process
entry
tuple
email
sms
subscriber
subscription
viewer
visit
visitor
stream
listener
purchase
transfer
invoice
review
rating
reply
reaction
upload
download
fetch
lookup
hash
word
character char
embedding
vector
prompt
snapshot
backup
cache
queue
topic
table
column
index
seek
hop
edge
vertex
tile
broadcast
stream
game
match
move
player
listing
hotel
flight
car
restaurant
menu
delivery
courier
package
parcel
shipment
coupon
wallet
card
cycle
instruction
flop
`

/** Words that are counts only with a capital or exact spelling (DAU, MAU). */
const EXACT_CASE = new Set(['DAU', 'MAU', 'USD'])

const IRREGULAR: Record<string, string> = { DAU: 'DAU', MAU: 'MAU', USD: 'USD', req: 'reqs', txn: 'txns', msg: 'msgs', obj: 'objs', conn: 'conns', doc: 'docs', op: 'ops', char: 'chars', vCPU: 'vCPUs', sms: 'sms', url: 'urls' }

export function builtinCountNouns(pluralize: (word: string) => string): CountNoun[] {
  const nouns: CountNoun[] = []
  const seen = new Set<string>()
  for (const line of GROUPS.split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean)
    const key = words[0]
    if (key === undefined) continue
    for (const singular of words) {
      if (seen.has(singular)) continue
      seen.add(singular)
      nouns.push({ key, singular, plural: lookup(IRREGULAR, singular) ?? pluralize(singular) })
    }
  }
  return nouns
}

export function isExactCaseNoun(word: string): boolean {
  return EXACT_CASE.has(word)
}
