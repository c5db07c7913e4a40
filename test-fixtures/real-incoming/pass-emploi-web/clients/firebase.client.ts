import { getApp, getApps, initializeApp } from 'firebase/app'
import {
  getAuth,
  signInWithCustomToken,
  signOut as _signOut,
} from 'firebase/auth'
import {
  addDoc,
  collection,
  CollectionReference,
  deleteDoc,
  doc,
  DocumentReference,
  DocumentSnapshot,
  Firestore,
  getDocs,
  getFirestore,
  limit,
  onSnapshot,
  orderBy,
  query,
  QueryDocumentSnapshot,
  QuerySnapshot,
  setDoc,
  Timestamp,
  updateDoc,
  where,
} from 'firebase/firestore'
import { DateTime } from 'luxon'

import { apiGet } from 'clients/api.client'
import { Action } from 'interfaces/action'
import { BeneficiaireEtChat, Chat } from 'interfaces/beneficiaire'
import { UserType } from 'interfaces/conseiller'
import { InfoFichier } from 'interfaces/fichier'
import {
  InfoOffre,
  Message,
  MessageListe,
  MessageRechercheMatch,
  TypeMessage,
} from 'interfaces/message'
import { BaseOffre, TypeOffre } from 'interfaces/offre'
import { EncryptedTextWithInitializationVector } from 'utils/chat/chatCrypto'
import { captureError } from 'utils/monitoring/elastic'

export type FirebaseMessage = {
  creationDate: Timestamp
  sentBy: string
  content: string
  iv: string | undefined
  piecesJointes?: InfoFichier[]
  conseillerId: string | undefined
  type: string | undefined
  status?: string
  offre?: InfoOffreFirebase
  action?: InfoActionFirebase
  evenement?: EvenementPartage
  evenementEmploi?: EvenementEmploi
  sessionMilo?: SessionMilo
}

export type FirebaseMessageImportant = {
  idConseiller: string
  iv: string
  content: string
  dateDebut: Timestamp
  dateFin: Timestamp
}

export type FirebaseMessageHistory = {
  date: Timestamp
  previousContent: string
}

export type FirebaseMessageGroupe = {
  creationDate: Timestamp
  sentBy: string
  content: string
  iv: string
  conseillerId: string
  type: string
  idsBeneficiaires: string[]
  piecesJointes?: InfoFichier[]
}

export type InfoOffreFirebase = {
  id: string
  titre: string
  type?: string
}

export type InfoActionFirebase = {
  id: string
  titre: string
}

export interface EvenementPartage {
  id: string
  titre: string
  type: string
  date: string
}

export interface EvenementEmploi {
  id: string
  titre: string
  type: string
  url: string
}

export interface SessionMilo {
  id: string
  titre: string
}

type BaseCreateFirebaseMessage = {
  idConseiller: string
  message: EncryptedTextWithInitializationVector
  date: DateTime
}

type CreateFirebaseMessageImportant = {
  idConseiller: string
  dateDebut: DateTime
  dateFin: DateTime
  message: EncryptedTextWithInitializationVector
  idMessageImportant?: string
}

export type CreateFirebaseMessage = BaseCreateFirebaseMessage & {
  infoPieceJointe?: InfoFichier
}
export type CreateFirebaseMessagePartageOffre = BaseCreateFirebaseMessage & {
  offre: BaseOffre
}

export type CreateFirebaseMessageCommentaireAction =
  BaseCreateFirebaseMessage & {
    action: Action
  }

type UpdateFirebaseMessage = {
  message: string
  date: DateTime
  oldMessage: string
  status: 'edited' | 'deleted'
}

const chatCollection =
  process.env.NEXT_PUBLIC_FIREBASE_CHAT_COLLECTION_NAME || ''
const messageImportantCollection =
  process.env.NEXT_PUBLIC_FIREBASE_MESSAGE_IMPORTANT_COLLECTION_NAME || ''
const groupeCollection =
  process.env.NEXT_PUBLIC_FIREBASE_GROUPE_COLLECTION_NAME || ''

export async function signIn(token: string): Promise<void> {
  const initializedApp = retrieveApp()
  const auth = getAuth(initializedApp)

  if (!auth.currentUser) {
    await signInWithCustomToken(auth, token)
  }
}

export async function signOut(): Promise<void> {
  await _signOut(getAuth(retrieveApp()))
}

export async function addMessage(
  idChat: string,
  data: CreateFirebaseMessage
): Promise<void> {
  const firebaseMessage = createFirebaseMessage(data)
  try {
    await addDoc<FirebaseMessage, FirebaseMessage>(
      collection(getChatReference(idChat), 'messages') as CollectionReference<
        FirebaseMessage,
        FirebaseMessage
      >,
      firebaseMessage
    )
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export async function addMessageImportant(
  data: CreateFirebaseMessageImportant
): Promise<string> {
  const firebaseMessage = createFirebaseMessageImportant(data)

  try {
    if (data.idMessageImportant) {
      const ref = getMessageImportantReference(data.idMessageImportant)
      await setDoc<FirebaseMessageImportant, FirebaseMessageImportant>(
        ref,
        firebaseMessage
      )
      return ref.id
    } else {
      const ref = await addDoc<
        FirebaseMessageImportant,
        FirebaseMessageImportant
      >(
        collection(getDb(), messageImportantCollection) as CollectionReference<
          FirebaseMessageImportant,
          FirebaseMessageImportant
        >,
        firebaseMessage
      )
      return ref.id
    }
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export async function deleteMessageImportant(
  idMessageImportant: string
): Promise<void> {
  try {
    const ref = getMessageImportantReference(idMessageImportant)
    await deleteDoc<FirebaseMessageImportant, FirebaseMessageImportant>(ref)
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export async function updateMessage(
  idChat: string,
  idMessage: string,
  data: UpdateFirebaseMessage
) {
  const firebaseMessage = {
    content: data.message,
    status: data.status,
  }
  const historyEntry = {
    date: toTimestamp(data.date),
    previousContent: data.oldMessage,
  }

  try {
    const messageReference = getMessageReference(idChat, idMessage)
    await updateDoc<FirebaseMessage, FirebaseMessage>(
      messageReference,
      firebaseMessage
    )
    await addDoc<FirebaseMessageHistory, FirebaseMessageHistory>(
      collection(messageReference, 'history') as CollectionReference<
        FirebaseMessageHistory,
        FirebaseMessageHistory
      >,
      historyEntry
    )
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export async function updateChat(
  idChat: string,
  toUpdate: Partial<Chat>
): Promise<void> {
  try {
    await updateDoc<FirebaseChat, FirebaseChat>(
      getChatReference(idChat),
      chatToFirebase(toUpdate)
    )
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export function findAndObserveChatsDuConseiller(
  idConseiller: string,
  onChatsFound: (chats: { [idJeune: string]: Chat }) => void
): () => void {
  try {
    return onSnapshot<FirebaseChat, FirebaseChat>(
      query<FirebaseChat, FirebaseChat>(
        collection(getDb(), chatCollection) as CollectionReference<
          FirebaseChat,
          FirebaseChat
        >,
        where('conseillerId', '==', idConseiller)
      ),
      (querySnapshot: QuerySnapshot<FirebaseChat, FirebaseChat>) => {
        if (querySnapshot.empty) onChatsFound({})
        else
          onChatsFound(
            querySnapshot.docs.reduce(
              (chats, snapshot) => {
                const chatFirebase = snapshot.data()
                chats[chatFirebase.jeuneId] = chatFromFirebase(
                  snapshot.id,
                  chatFirebase
                )
                return chats
              },
              {} as { [idJeune: string]: Chat }
            )
          )
      }
    )
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export async function getIdLastMessage(
  chatId: string
): Promise<string | undefined> {
  const lastMessage = await getDocs(
    query<FirebaseMessage, FirebaseMessage>(
      collection(getChatReference(chatId), 'messages') as CollectionReference<
        FirebaseMessage,
        FirebaseMessage
      >,
      orderBy('creationDate', 'desc'),
      limit(1)
    )
  )

  if (!lastMessage.empty) return lastMessage.docs[0].id
}

export async function getChatsDuConseiller(
  idConseiller: string
): Promise<{ [idJeune: string]: Chat }> {
  try {
    const docSnapshots = await getChatsSnapshot(idConseiller)
    return docSnapshots.reduce(
      (mappedChats, document) => {
        const firebaseChat: FirebaseChat = document.data()
        mappedChats[firebaseChat.jeuneId] = chatFromFirebase(
          document.id,
          firebaseChat
        )
        return mappedChats
      },
      {} as { [idJeune: string]: Chat }
    )
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export async function getChatDuBeneficiaire(
  idConseiller: string,
  idBeneficiaire: string
): Promise<Chat | undefined> {
  try {
    const collectionRef = collection(
      getDb(),
      chatCollection
    ) as CollectionReference<FirebaseChat, FirebaseChat>

    const querySnapshots: QuerySnapshot<FirebaseChat, FirebaseChat> =
      await getDocs(
        query<FirebaseChat, FirebaseChat>(
          collectionRef,
          where('conseillerId', '==', idConseiller),
          where('jeuneId', '==', idBeneficiaire)
        )
      )
    if (querySnapshots.empty) return

    const document = querySnapshots.docs[0]
    return chatFromFirebase(document.id, document.data())
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export async function getMessagesGroupe(
  idConseiller: string,
  idGroupe: string
): Promise<MessageListe[]> {
  try {
    const groupeSnapshot = await getGroupeSnapshot(idConseiller, idGroupe)
    if (!groupeSnapshot) {
      console.error('Aucun document correspondant à la liste ' + idGroupe)
      return []
    }

    const querySnapshots: QuerySnapshot<
      FirebaseMessageGroupe,
      FirebaseMessageGroupe
    > = await getDocs(
      query<FirebaseMessageGroupe, FirebaseMessageGroupe>(
        collection(groupeSnapshot.ref, 'messages') as CollectionReference<
          FirebaseMessageGroupe,
          FirebaseMessageGroupe
        >,
        orderBy('creationDate')
      )
    )
    return querySnapshots.docs.map(docSnapshotToMessageListe)
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export function observeChat(
  idChat: string,
  onChat: (chat: Chat) => void
): () => void {
  try {
    return onSnapshot(
      getChatReference(idChat),
      (docSnapshot: DocumentSnapshot<FirebaseChat>) => {
        const data = docSnapshot.data()
        if (!data) return
        onChat(chatFromFirebase(docSnapshot.id, data))
      }
    )
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export function observeDerniersMessagesDuChat(
  beneficiaireEtChat: BeneficiaireEtChat,
  nbMessages: number,
  onMessagesAntechronologiques: (messages: Message[]) => void
): () => void {
  try {
    return onSnapshot<FirebaseMessage, FirebaseMessage>(
      query<FirebaseMessage, FirebaseMessage>(
        collection(
          getChatReference(beneficiaireEtChat.chatId),
          'messages'
        ) as CollectionReference<FirebaseMessage, FirebaseMessage>,
        orderBy('creationDate', 'desc'),
        limit(nbMessages)
      ),
      (querySnapshot: QuerySnapshot<FirebaseMessage, FirebaseMessage>) => {
        const messages: Message[] = querySnapshot.docs.map((docSnapshot) =>
          docSnapshotToMessage(docSnapshot, beneficiaireEtChat.id)
        )
        if (messages.length && !messages.at(-1)!.creationDate) {
          return
        }

        onMessagesAntechronologiques(messages)
      }
    )
  } catch (e) {
    console.error(e)
    captureError(e as Error)
    throw e
  }
}

export async function findMessageImportant(
  idConseiller: string
): Promise<(FirebaseMessageImportant & { id: string }) | undefined> {
  const collectionRef = collection(
    getDb(),
    messageImportantCollection
  ) as CollectionReference<FirebaseMessageImportant, FirebaseMessageImportant>

  const querySnapshots: QuerySnapshot<
    FirebaseMessageImportant,
    FirebaseMessageImportant
  > = await getDocs(
    query<FirebaseMessageImportant, FirebaseMessageImportant>(
      collectionRef,
      where('idConseiller', '==', idConseiller)
    )
  )

  if (!querySnapshots.empty) {
    const document = querySnapshots.docs[0]
    return { ...document.data(), id: document.id }
  }
}

export async function rechercherMessages(
  accessToken: string,
  idBeneficiaire: string,
  recherche: string
): Promise<
  Array<{
    message: Message
    matches: MessageRechercheMatch[]
  }>
> {
  const {
    content: { resultats },
  } = await apiGet<{
    resultats: Array<{
      id: string
      message: FirebaseMessage & { creationDate: { _seconds: number } }
      matches: MessageRechercheMatch[]
    }>
  }>(`/jeunes/${idBeneficiaire}/messages?recherche=${recherche}`, accessToken)

  return resultats.map(({ message, id, matches }) => {
    return {
      matches,
      message: firebaseMessageToMessage(
        {
          ...message,
          creationDate: Timestamp.fromMillis(
            message.creationDate._seconds * 1000
          ),
        },
        id,
        idBeneficiaire
      ),
    }
  })
}

export async function getMessagesPeriode(
  beneficiaireEtChat: BeneficiaireEtChat,
  debut: DateTime,
  fin: DateTime
): Promise<Message[]> {
  const chatRef = getChatReference(beneficiaireEtChat.chatId)
  const querySnapshots: QuerySnapshot<FirebaseMessage, FirebaseMessage> =
    await getDocs(
      query<FirebaseMessage, FirebaseMessage>(
        collection(chatRef, 'messages') as CollectionReference<
          FirebaseMessage,
          FirebaseMessage
        >,
        where('creationDate', '>=', toTimestamp(debut)),
        where('creationDate', '<=', toTimestamp(fin)),
        orderBy('creationDate', 'asc')
      )
    )

  return querySnapshots.docs.map((docSnapshot) =>
    docSnapshotToMessage(docSnapshot, beneficiaireEtChat.id)
  )
}

function retrieveApp() {
  const appAlreadyInitialized: number = getApps().length
  if (!appAlreadyInitialized) {
    return initializeApp({
      apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY,
      authDomain: process.env.NEXT_PUBLIC_FIREBASE_AUTH_DOMAIN,
      projectId: process.env.NEXT_PUBLIC_FIREBASE_PROJECT_ID,
      storageBucket: process.env.NEXT_PUBLIC_FIREBASE_STORAGE_BUCKET,
      messagingSenderId: process.env.NEXT_PUBLIC_FIREBASE_MESSAGING_SENDER,
      appId: process.env.NEXT_PUBLIC_FIREBASE_APP_ID,
      measurementId: process.env.NEXT_PUBLIC_FIREBASE_MEASUREMENT_ID,
    })
  } else {
    return getApp()
  }
}

async function getGroupeSnapshot(
  idConseiller: string,
  idGroupe: string
): Promise<QueryDocumentSnapshot<FirebaseGroupe, FirebaseGroupe> | undefined> {
  const collectionRef = collection(
    getDb(),
    groupeCollection
  ) as CollectionReference<FirebaseGroupe, FirebaseGroupe>

  const querySnapshots: QuerySnapshot<FirebaseGroupe, FirebaseGroupe> =
    await getDocs(
      query<FirebaseGroupe, FirebaseGroupe>(
        collectionRef,
        where('conseillerId', '==', idConseiller),
        where('groupeId', '==', idGroupe)
      )
    )

  if (!querySnapshots.empty) return querySnapshots.docs[0]
}

async function getChatsSnapshot(
  idConseiller: string
): Promise<QueryDocumentSnapshot<FirebaseChat, FirebaseChat>[]> {
  const collectionRef = collection(
    getDb(),
    chatCollection
  ) as CollectionReference<FirebaseChat, FirebaseChat>

  const querySnapshots: QuerySnapshot<FirebaseChat, FirebaseChat> =
    await getDocs(
      query<FirebaseChat, FirebaseChat>(
        collectionRef,
        where('conseillerId', '==', idConseiller)
      )
    )
  return querySnapshots.docs
}

function getDb(): Firestore {
  return getFirestore(getApp())
}

function getChatReference(
  idChat: string
): DocumentReference<FirebaseChat, FirebaseChat> {
  return doc<FirebaseChat, FirebaseChat>(
    collection(getDb(), chatCollection) as CollectionReference<
      FirebaseChat,
      FirebaseChat
    >,
    idChat
  )
}

function getMessageImportantReference(
  idMessageImportant: string
): DocumentReference<FirebaseMessageImportant, FirebaseMessageImportant> {
  return doc<FirebaseMessageImportant, FirebaseMessageImportant>(
    collection(getDb(), messageImportantCollection) as CollectionReference<
      FirebaseMessageImportant,
      FirebaseMessageImportant
    >,
    idMessageImportant
  )
}

function getMessageReference(
  idChat: string,
  idMessage: string
): DocumentReference<FirebaseMessage, FirebaseMessage> {
  return doc<FirebaseMessage, FirebaseMessage>(
    collection(getChatReference(idChat), 'messages') as CollectionReference<
      FirebaseMessage,
      FirebaseMessage
    >,
    idMessage
  )
}

function createFirebaseMessage(
  data:
    | CreateFirebaseMessage
    | CreateFirebaseMessagePartageOffre
    | CreateFirebaseMessageCommentaireAction
): FirebaseMessage {
  const type: TypeMessage = TypeMessage.MESSAGE
  const { encryptedText, iv } = data.message
  const firebaseMessage: FirebaseMessage = {
    content: encryptedText,
    iv,
    conseillerId: data.idConseiller,
    sentBy: UserType.CONSEILLER.toLowerCase(),
    creationDate: toTimestamp(data.date),
    type,
  }

  if (Object.prototype.hasOwnProperty.call(data, 'infoPieceJointe')) {
    firebaseMessage.type = TypeMessage.MESSAGE_PJ
    firebaseMessage.piecesJointes = [
      (data as CreateFirebaseMessage).infoPieceJointe!,
    ]
  }

  if (Object.prototype.hasOwnProperty.call(data, 'offre')) {
    firebaseMessage.type = TypeMessage.MESSAGE_OFFRE
    const {
      id,
      titre,
      type: typeOffre,
    } = (data as CreateFirebaseMessagePartageOffre).offre
    firebaseMessage.offre = { id, titre, type: typeToFirebase(typeOffre) }
  }

  if (Object.prototype.hasOwnProperty.call(data, 'action')) {
    firebaseMessage.type = TypeMessage.MESSAGE_ACTION
    const { id, titre } = (data as CreateFirebaseMessageCommentaireAction)
      .action
    firebaseMessage.action = { id, titre }
  }

  return firebaseMessage
}

function createFirebaseMessageImportant(
  data: CreateFirebaseMessageImportant
): FirebaseMessageImportant {
  const { encryptedText, iv } = data.message
  return {
    content: encryptedText,
    iv,
    idConseiller: data.idConseiller,
    dateDebut: toTimestamp(data.dateDebut),
    dateFin: toTimestamp(data.dateFin),
  }
}

type FirebaseChat = {
  jeuneId: string
  seenByConseiller: boolean | undefined
  flaggedByConseiller: boolean | undefined
  newConseillerMessageCount: number
  lastMessageContent: string | undefined
  lastMessageSentAt: Timestamp | undefined
  lastMessageSentBy: string | undefined
  lastConseillerReading: Timestamp | undefined
  lastJeuneReading: Timestamp | undefined
  lastMessageIv: string | undefined
}

type FirebaseGroupe = {
  groupeId: string
  conseillerId: string
  lastMessageContent: string | undefined
  lastMessageIv: string | undefined
  lastMessageSentAt: Timestamp | undefined
}

function typeToFirebase(typeOffre: TypeOffre): string {
  switch (typeOffre) {
    case TypeOffre.EMPLOI:
      return 'EMPLOI'
    case TypeOffre.SERVICE_CIVIQUE:
      return 'SERVICE_CIVIQUE'
    case TypeOffre.IMMERSION:
      return 'IMMERSION'
    case TypeOffre.ALTERNANCE:
      return 'ALTERNANCE'
  }
}

function offreFromFirebase(offre: InfoOffreFirebase): InfoOffre {
  let type: TypeOffre
  switch (offre.type) {
    case 'SERVICE_CIVIQUE':
      type = TypeOffre.SERVICE_CIVIQUE
      break
    case 'IMMERSION':
      type = TypeOffre.IMMERSION
      break
    case 'ALTERNANCE':
      type = TypeOffre.ALTERNANCE
      break
    case 'EMPLOI':
    default:
      type = TypeOffre.EMPLOI
  }

  return { ...offre, type }
}

export function chatToFirebase(chat: Partial<Chat>): Partial<FirebaseChat> {
  const firebaseChatToUpdate: Partial<FirebaseChat> = {}
  if (chat.seenByConseiller) {
    firebaseChatToUpdate.seenByConseiller = chat.seenByConseiller
  }
  if (chat.newConseillerMessageCount) {
    firebaseChatToUpdate.newConseillerMessageCount =
      chat.newConseillerMessageCount
  }
  if (chat.lastMessageContent) {
    firebaseChatToUpdate.lastMessageContent = chat.lastMessageContent
  }
  if (chat.lastMessageSentAt) {
    firebaseChatToUpdate.lastMessageSentAt = toTimestamp(chat.lastMessageSentAt)
  }
  if (chat.lastMessageSentBy) {
    firebaseChatToUpdate.lastMessageSentBy = chat.lastMessageSentBy
  }
  if (chat.lastConseillerReading) {
    firebaseChatToUpdate.lastConseillerReading = toTimestamp(
      chat.lastConseillerReading
    )
  }
  if (chat.lastJeuneReading) {
    firebaseChatToUpdate.lastJeuneReading = toTimestamp(chat.lastJeuneReading)
  }
  if (chat.lastMessageIv) {
    firebaseChatToUpdate.lastMessageIv = chat.lastMessageIv
  }

  if (chat.flaggedByConseiller !== undefined) {
    firebaseChatToUpdate.flaggedByConseiller = chat.flaggedByConseiller
  }

  return firebaseChatToUpdate
}

export function docSnapshotToMessage(
  docSnapshot: QueryDocumentSnapshot<FirebaseMessage>,
  idBeneficiaire: string
): Message {
  const firebaseMessage = docSnapshot.data()
  return firebaseMessageToMessage(
    firebaseMessage,
    docSnapshot.id,
    idBeneficiaire
  )
}

function chatFromFirebase(chatId: string, firebaseChat: FirebaseChat): Chat {
  return {
    chatId: chatId,
    seenByConseiller: firebaseChat.seenByConseiller ?? true,
    newConseillerMessageCount: firebaseChat.newConseillerMessageCount,
    lastMessageContent: firebaseChat.lastMessageContent,
    lastMessageSentAt:
      firebaseChat.lastMessageSentAt &&
      DateTime.fromMillis(firebaseChat.lastMessageSentAt.toMillis()),
    lastMessageSentBy: firebaseChat.lastMessageSentBy,
    lastConseillerReading:
      firebaseChat.lastConseillerReading &&
      DateTime.fromMillis(firebaseChat.lastConseillerReading.toMillis()),
    lastJeuneReading:
      firebaseChat.lastJeuneReading &&
      DateTime.fromMillis(firebaseChat.lastJeuneReading.toMillis()),
    lastMessageIv: firebaseChat.lastMessageIv,
    flaggedByConseiller: Boolean(firebaseChat.flaggedByConseiller),
  }
}

function firebaseMessageToMessage(
  firebaseMessage: FirebaseMessage,
  id: string,
  idBeneficiaire: string
): Message {
  const message: Message = {
    id,
    idBeneficiaire,
    sentBy: firebaseMessage.sentBy,
    content: firebaseMessage.content,
    iv: firebaseMessage.iv,
    conseillerId: firebaseMessage.conseillerId,
    creationDate: DateTime.fromMillis(firebaseMessage.creationDate.toMillis()),
    type: firebaseToMessageType(firebaseMessage.type),
    status: firebaseMessage.status,
  }

  if (message.type === TypeMessage.MESSAGE_PJ) {
    message.infoPiecesJointes = firebaseMessage.piecesJointes ?? []
  }

  if (message.type === TypeMessage.MESSAGE_OFFRE && firebaseMessage.offre) {
    message.infoOffre = offreFromFirebase(firebaseMessage.offre)
  }

  if (message.type === TypeMessage.MESSAGE_ACTION && firebaseMessage.action) {
    message.infoAction = firebaseMessage.action
  }

  if (
    message.type === TypeMessage.MESSAGE_EVENEMENT &&
    firebaseMessage.evenement
  ) {
    message.infoEvenement = {
      id: firebaseMessage.evenement.id,
      titre: firebaseMessage.evenement.titre,
      date: DateTime.fromISO(firebaseMessage.evenement.date),
    }
  }

  if (
    message.type === TypeMessage.MESSAGE_EVENEMENT_EMPLOI &&
    firebaseMessage.evenementEmploi
  ) {
    message.infoEvenementEmploi = {
      id: firebaseMessage.evenementEmploi.id,
      titre: firebaseMessage.evenementEmploi.titre,
      url: firebaseMessage.evenementEmploi.url,
    }
  }

  if (
    (message.type === TypeMessage.MESSAGE_SESSION_MILO ||
      message.type === TypeMessage.AUTO_INSCRIPTION) &&
    firebaseMessage.sessionMilo
  ) {
    message.infoSessionMilo = {
      id: firebaseMessage.sessionMilo.id,
      titre: firebaseMessage.sessionMilo.titre,
    }
  }

  return message
}

export function docSnapshotToMessageListe(
  docSnapshot: QueryDocumentSnapshot<FirebaseMessageGroupe>
): MessageListe {
  const firebaseMessage = docSnapshot.data()
  const message: MessageListe = {
    content: firebaseMessage.content,
    iv: firebaseMessage.iv,
    creationDate: DateTime.fromMillis(firebaseMessage.creationDate.toMillis()),
    id: docSnapshot.id,
    type: firebaseToMessageType(firebaseMessage.type),
    idsDestinataires: firebaseMessage.idsBeneficiaires,
  }

  if (message.type === TypeMessage.MESSAGE_PJ) {
    message.infoPiecesJointes = firebaseMessage.piecesJointes ?? []
  }

  return message
}

function firebaseToMessageType(type: string | undefined): TypeMessage {
  switch (type) {
    case 'NOUVEAU_CONSEILLER':
    case 'NOUVEAU_CONSEILLER_TEMPORAIRE':
      return TypeMessage.NOUVEAU_CONSEILLER
    case 'MESSAGE_PJ':
      return TypeMessage.MESSAGE_PJ
    case 'MESSAGE_OFFRE':
      return TypeMessage.MESSAGE_OFFRE
    case 'MESSAGE_ACTION':
      return TypeMessage.MESSAGE_ACTION
    case 'MESSAGE_EVENEMENT':
      return TypeMessage.MESSAGE_EVENEMENT
    case 'MESSAGE_EVENEMENT_EMPLOI':
      return TypeMessage.MESSAGE_EVENEMENT_EMPLOI
    case 'MESSAGE_SESSION_MILO':
      return TypeMessage.MESSAGE_SESSION_MILO
    case 'AUTO_INSCRIPTION':
      return TypeMessage.AUTO_INSCRIPTION
    case 'MESSAGE':
      return TypeMessage.MESSAGE
    case undefined:
    default:
      console.warn(`Type message ${type} incorrect, traité comme Message`)
      return TypeMessage.MESSAGE
  }
}

function toTimestamp(date: DateTime): Timestamp {
  return Timestamp.fromDate(date.toJSDate())
}
